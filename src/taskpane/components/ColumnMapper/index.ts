export { ColumnMapper } from "./ColumnMapper";

export { ResultTable } from "./ResultTable";
export type { ResultColumn, ResultTableProps } from "./ResultTable";

export { WorkbookStep } from "./WorkbookStep";

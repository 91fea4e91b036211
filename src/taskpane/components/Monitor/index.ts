export { Monitor, monitorSheets } from "./Monitor";

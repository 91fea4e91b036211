export { DriversStep } from "./DriversStep";

export { ScenariosStep } from "./ScenariosStep";

export { ResourcesStep } from "./ResourcesStep";

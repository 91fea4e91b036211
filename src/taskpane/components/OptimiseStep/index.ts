export { OptimiseStep } from "./OptimiseStep";

export { PrioritiseStep } from "./PrioritiseStep";

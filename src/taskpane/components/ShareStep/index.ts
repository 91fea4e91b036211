export { ShareStep } from "./ShareStep";

export { ShareStep, freezeNote } from "./ShareStep";

export { BlockedHint } from "./BlockedHint";

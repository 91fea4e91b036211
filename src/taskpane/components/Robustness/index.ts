export { Robustness, analyseRobustness, verdict } from "./Robustness";
export type { RobustnessOutcome, RobustnessSettings } from "./Robustness";

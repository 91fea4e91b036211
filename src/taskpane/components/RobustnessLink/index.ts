export { RobustnessLink, robustnessFocusOf, ROBUSTNESS_STEP } from "./RobustnessLink";
export type { RobustnessFocus, RobustnessLinkProps } from "./RobustnessLink";

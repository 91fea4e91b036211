export { SolveProgressBar } from "./SolveProgressBar";
export type { SolveProgressBarProps } from "./SolveProgressBar";

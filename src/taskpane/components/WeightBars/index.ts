export { WeightBars } from "./WeightBars";
export type { WeightBarsProps } from "./WeightBars";

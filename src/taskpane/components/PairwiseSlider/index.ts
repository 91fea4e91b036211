export { PairwiseSlider } from "./PairwiseSlider";
export type { PairwiseSliderProps } from "./PairwiseSlider";

export { GroupWeights, type GroupWeightsProps } from "./GroupWeights";

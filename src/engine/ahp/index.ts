/** AHP: pairwise comparisons → driver weights, consistency ratio and suggested fixes. */
export type { AhpMethod, AhpResult, InconsistentJudgement } from "./types";
export { ahpWeights, CONSISTENCY_THRESHOLD, type AhpOptions } from "./ahpWeights";
export { pairwiseMatrix, DEFAULT_RECIPROCAL_TOLERANCE, type PairwiseMatrixOptions } from "./pairwiseMatrix";
export { priorities, eigenvectorPriorities, geometricMeanPriorities, EIGENVECTOR_TOLERANCE, type Priorities } from "./priorities";
export { consistency, lambdaMax, acceptableCr, consistencyVerdict, type Consistency } from "./consistency";
export { RANDOM_INDEX, MAX_AHP_SIZE, randomIndex } from "./randomIndex";
export { mostInconsistentJudgements, crWithJudgement } from "./inconsistency";
export { SAATY_SCALE, nearestSaatyValue, formatJudgement } from "./saatyScale";
export * from "./group";
export * from "./consistency";
export * from "./saatyScale";

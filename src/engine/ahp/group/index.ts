/** Group AHP: aggregation of several stakeholders' judgements (AIJ / AIP), consensus and disagreements. */
export type { Consensus, ConsensusLevel, DisputedPair, GroupAggregation, GroupResult, StakeholderJudgements, StakeholderResult } from "./types";
export { groupWeights, type GroupOptions } from "./groupWeights";
export { consensusIndicator, consensusLevel, minimumAlphaEntropy, CONSENSUS_LEVELS, SAATY_SCALE_MAX } from "./consensus";
export { weightedGeometricMatrix, weightedMeanPriorities } from "./aggregate";
export { disputedPairs, priorityDistance } from "./disagreement";

/** How robust the ranking and the selection are (rank-flip sensitivity, Monte Carlo top-k, core index): the public API of src/engine/robustness. */
export { rankFlipSensitivity } from "./sensitivity";
export type { SensitivityOptions, SensitivityResult, DriverSensitivity, RankSwap } from "./sensitivity";
export { topKProbability, createScenarioSampler, DEFAULT_DRAWS, DEFAULT_CONCENTRATION, DEFAULT_SEED } from "./monteCarlo";
export type { TopKOptions, TopKResult, UncertaintyOptions, ScenarioSampler } from "./monteCarlo";
export { coreIndex, DEFAULT_CORE_INDEX_DRAWS } from "./coreIndex";
export type { CoreIndexOptions, CoreIndexResult } from "./coreIndex";
export { createRandom, sampleDirichlet } from "./random";
export type { Random } from "./random";
export * from "./coreIndex";
export * from "./monteCarlo";
export * from "./sensitivity";

/** Monitoring, robustness and cycle review: the public API of src/engine/monitoring. */
export { ragStatus, ragOfIndex, worseRag, validateRagThresholds, DEFAULT_RAG_THRESHOLDS, RAG_ORDER } from "./rag";
export type { RagStatus, RagThresholds } from "./rag";
export { statusReport } from "./statusReport";
export type { StatusReport, StatusReportOptions, ProjectStatus, PortfolioStatusTotals, PeriodIndices, Trend } from "./statusReport";
export { rankFlipSensitivity } from "./sensitivity";
export type { SensitivityOptions, SensitivityResult, DriverSensitivity, RankSwap } from "./sensitivity";
export { topKProbability, createScenarioSampler, DEFAULT_DRAWS, DEFAULT_CONCENTRATION, DEFAULT_SEED } from "./monteCarlo";
export type { TopKOptions, TopKResult, UncertaintyOptions, ScenarioSampler } from "./monteCarlo";
export { coreIndex, DEFAULT_CORE_INDEX_DRAWS } from "./coreIndex";
export type { CoreIndexOptions, CoreIndexResult } from "./coreIndex";
export { createRandom, sampleDirichlet } from "./random";
export type { Random } from "./random";
export { compareCycles } from "./review";
export type { CycleReview, ProjectMove, DriverChange, WeightChange, BenefitOutcome, EstimateOutcome, AccuracyByCategory, StatusChange } from "./review";
export { snapshotFromPortfolio, parseCycleSnapshot, SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from "./snapshot";
export type { CycleSnapshot, SnapshotProject, SnapshotDriver, SnapshotStatus, SnapshotOptions } from "./snapshot";
export { dashboardData } from "./dashboard";
export type { DashboardData, DashboardInput, DashboardBudget, DashboardPeriod, DashboardRisk, DashboardRolePeak, DashboardSelection } from "./dashboard";

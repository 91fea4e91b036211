/** Cycle snapshots and the review of one planning cycle against the previous: the public API of src/engine/review. */
export { compareCycles } from "./review";
export type { CycleReview, ProjectMove, DriverChange, WeightChange, BenefitOutcome, EstimateOutcome, AccuracyByCategory, StatusChange } from "./review";
export { snapshotFromPortfolio, parseCycleSnapshot, SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from "./snapshot";
export type { CycleSnapshot, SnapshotProject, SnapshotDriver, SnapshotStatus, SnapshotOptions } from "./snapshot";
export * from "./review";
export * from "./snapshot";

/** Delivery monitoring (RAG, earned-value status report, dashboard): the public API of src/engine/monitoring. */
export { ragStatus, ragOfIndex, worseRag, validateRagThresholds, DEFAULT_RAG_THRESHOLDS, RAG_ORDER } from "./rag";
export type { RagStatus, RagThresholds } from "./rag";
export { statusReport } from "./statusReport";
export type { StatusReport, StatusReportOptions, ProjectStatus, PortfolioStatusTotals, PeriodIndices, Trend } from "./statusReport";
export { dashboardData } from "./dashboard";
export type { DashboardData, DashboardInput, DashboardBudget, DashboardPeriod, DashboardRisk, DashboardRolePeak, DashboardSelection } from "./dashboard";
export * from "./dashboard";
export * from "./rag";
export * from "./statusReport";

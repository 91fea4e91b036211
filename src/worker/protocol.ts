/** Messages between the solver Web Worker and its clients (the task pane and the PMO.* optimisation functions). */
import type { FrontierResult, SelectionProblem, SelectionResult, SolveProgress } from "../engine/selection";
import type { AllocationProblem, AllocationResult } from "../engine/resources";
import type { TopKOptions, TopKResult } from "../engine/robustness";
import type { MilpSolution, MilpTask } from "../engine/milp";

/** Monte Carlo top-k probabilities (monitoring): run here so 10,000 draws never block the pane. */
export interface TopKRequest {
  readonly impacts: readonly (readonly number[])[];
  readonly weights: readonly number[];
  readonly maxImpact: number;
  readonly options: TopKOptions;
}

export interface FrontierRequest {
  readonly problem: SelectionProblem;
  /** The limit whose amount is varied. */
  readonly limit: string;
  /** Number of budget points between the cheapest project and the total cost. */
  readonly points?: number;
  /** Explicit budgets to evaluate instead of `points` evenly spaced ones (=PMO.FRONTIER's budgets). */
  readonly budgets?: readonly number[];
}

export interface SolverJobs {
  select: { request: SelectionProblem; result: SelectionResult };
  frontier: { request: FrontierRequest; result: FrontierResult };
  allocate: { request: AllocationProblem; result: AllocationResult };
  topK: { request: TopKRequest; result: TopKResult };
  /** One strategy of a parallel selection (engine/milp/parallelSolve.ts), orchestrated by the page. */
  milp: { request: MilpTask; result: MilpSolution };
  /** Load HiGHS now (a worker started ahead of the first solve). */
  warm: { request: null; result: null };
}

export type SolverJobKind = keyof SolverJobs;

export interface SolverRequestMessage<K extends SolverJobKind = SolverJobKind> {
  readonly id: number;
  readonly kind: K;
  readonly request: SolverJobs[K]["request"];
  /** Absolute URL of highs.wasm (served next to the bundle). */
  readonly wasmUrl: string;
  /** highs.wasm compiled once by the page; sent with a worker's first job only. */
  readonly wasmModule?: WebAssembly.Module;
}

export type SolverResponseMessage =
  | { readonly id: number; readonly type: "progress"; readonly progress: SolveProgress }
  | { readonly id: number; readonly type: "result"; readonly result: unknown }
  | { readonly id: number; readonly type: "error"; readonly error: { readonly name: string; readonly message: string } };

/**
 * The solver Web Worker: runs selectPortfolio / efficientFrontier / allocateResources off the page's thread
 * (the task pane and the PMO.* functions share it), posting progress. HiGHS loads highs.wasm from the URL
 * the client sends (served next to the bundle). Cancel is the client terminating this worker.
 */
import { configureHighs, getHighs, runMilpTask, type MilpTask } from "../engine/milp";
import { efficientFrontier, selectPortfolio } from "../engine/selection";
import { allocateResources } from "../engine/resources";
import type { SolveProgress } from "../engine/selection";
import { topKProbability } from "../engine/robustness";
import type { FrontierRequest, SolverRequestMessage, SolverResponseMessage, TopKRequest } from "./protocol";
import type { SelectionProblem } from "../engine/selection";
import type { AllocationProblem } from "../engine/resources";

interface WorkerScope {
  onmessage: ((event: MessageEvent<SolverRequestMessage>) => void) | null;
  postMessage(message: SolverResponseMessage): void;
}

const scope = self as unknown as WorkerScope;
let configured = false;

async function handle(message: SolverRequestMessage): Promise<unknown> {
  // Once per worker: HiGHS then stays loaded (and tiered up) for every later job this worker runs.
  if (!configured) {
    configured = true;
    const { wasmUrl, wasmModule } = message;
    configureHighs({ locateFile: (file) => (file.endsWith(".wasm") ? wasmUrl : file), ...(wasmModule ? { wasmModule } : {}) });
  }
  const onProgress = (progress: SolveProgress) => scope.postMessage({ id: message.id, type: "progress", progress });
  switch (message.kind) {
    case "select":
      return selectPortfolio(message.request as SelectionProblem, { onProgress });
    case "frontier": {
      const req = message.request as FrontierRequest;
      return efficientFrontier(req.problem, { limit: req.limit, levels: req.points, budgets: req.budgets, onProgress });
    }
    case "allocate":
      return allocateResources(message.request as AllocationProblem, { onProgress });
    case "milp":
      return runMilpTask(message.request as MilpTask);
    case "warm":
      await getHighs();
      return null;
    case "topK": {
      const req = message.request as TopKRequest;
      return topKProbability(req.impacts, req.weights, req.maxImpact, req.options);
    }
    default:
      throw new Error(`Unknown solver job '${String(message.kind)}'.`);
  }
}

scope.onmessage = (event) => {
  const message = event.data;
  handle(message).then(
    (result) => scope.postMessage({ id: message.id, type: "result", result }),
    (error: unknown) => {
      const e = error instanceof Error ? error : new Error(String(error));
      scope.postMessage({ id: message.id, type: "error", error: { name: e.name, message: e.message } });
    },
  );
};

/**
 * One worker_threads solver thread of the CLI: solves the MilpTasks it is sent with HiGHS, one at a time.
 * HiGHS is instantiated once per thread from the module the parent compiled (sent with the first task),
 * and stays warm for the thread's later tasks. Cancel is the parent terminating the thread.
 */
import { parentPort } from "worker_threads";
import { configureHighs, runMilpTask, type HighsConfiguration, type MilpTask } from "../../engine/milp";

export interface ThreadRequest {
  readonly id: number;
  readonly task: MilpTask;
  readonly wasmModule?: HighsConfiguration["wasmModule"];
}

export type ThreadResponse =
  | { readonly id: number; readonly result: Awaited<ReturnType<typeof runMilpTask>> }
  | { readonly id: number; readonly error: { readonly name: string; readonly message: string } };

let configured = false;
parentPort?.on("message", (message: ThreadRequest) => {
  if (!configured && message.wasmModule) configureHighs({ wasmModule: message.wasmModule });
  configured = true;
  runMilpTask(message.task).then(
    (result) => parentPort!.postMessage({ id: message.id, result } satisfies ThreadResponse),
    (e: unknown) => {
      const error = e instanceof Error ? e : new Error(String(e));
      parentPort!.postMessage({ id: message.id, error: { name: error.name, message: error.message } } satisfies ThreadResponse);
    },
  );
});

/**
 * A worker_threads thread that solves MilpTasks with CBC, compiled to WebAssembly inside the `minizinc`
 * package (MPL-2.0; CBC is EPL-2.0). The package's Node entry drives a native MiniZinc install, so this
 * thread runs the package's browser worker script itself, giving it the two Web Worker globals it uses
 * (`addEventListener("message")` and `postMessage`). One solve at a time; cancel is terminating the thread.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { parentPort } from "worker_threads";
import { modelFromData, OPTIMALITY_GAP, readMiniZincAnswer, toMiniZinc, type MiniZincMessage } from "../../engine/milp";
import type { ThreadRequest, ThreadResponse } from "./milpThread";

type Listener = (event: { data: unknown }) => void;
let listener: Listener | null = null;
let sink: (message: MiniZincMessage) => void = () => undefined;
const scope = globalThis as unknown as { addEventListener: (type: string, fn: Listener) => void; postMessage: (m: MiniZincMessage) => void };
scope.addEventListener = (type, fn) => {
  if (type === "message") listener = fn;
};
scope.postMessage = (message) => sink(message);

const script = require.resolve("minizinc/minizinc-worker.js");
const load = vm.runInThisContext(`(function (require, __filename, __dirname) {${fs.readFileSync(script, "utf8")}\n})`, { filename: script }) as (
  req: NodeJS.Require,
  file: string,
  dir: string,
) => void;
load(require, script, path.dirname(script));

const ready = new Promise<void>((resolve) => {
  sink = (message) => {
    if (message.type === "ready") resolve();
  };
  listener?.({ data: { wasmURL: require.resolve("minizinc/minizinc.wasm"), dataURL: require.resolve("minizinc/minizinc.data") } });
});

/** MiniZinc's run: every JSON-stream message until "exit". */
function runMiniZinc(files: Record<string, string>, args: string[]): Promise<MiniZincMessage[]> {
  return new Promise((resolve) => {
    const messages: MiniZincMessage[] = [];
    sink = (message) => {
      messages.push(message);
      if (message.type === "exit") resolve(messages);
    };
    listener?.({ data: { jsonStream: true, files, args } });
  });
}

parentPort?.on("message", (request: ThreadRequest) => {
  const reply = (response: ThreadResponse) => parentPort!.postMessage(response);
  const solve = async () => {
    await ready;
    const { task } = request;
    const model = modelFromData(task.model, task.extraRows);
    const started = Date.now();
    const limit = task.timeLimitSeconds !== undefined && Number.isFinite(task.timeLimitSeconds) ? ["--cbc-seconds", String(Math.max(0.01, task.timeLimitSeconds))] : [];
    // CBC's own clock counts CPU seconds, which this build cannot read: count wall seconds, as HiGHS does.
    const args = ["--solver", "coin-bc", "--statistics", "--relGap", String(OPTIMALITY_GAP), "--cbc-timeMode", "elapsed", ...limit, "model.mzn"];
    const messages = await runMiniZinc({ "model.mzn": toMiniZinc(model) }, args);
    return readMiniZincAnswer(model, messages, (Date.now() - started) / 1000);
  };
  solve().then(
    (result) => reply({ id: request.id, result }),
    (e: unknown) => {
      const error = e instanceof Error ? e : new Error(String(e));
      reply({ id: request.id, error: { name: error.name, message: error.message } });
    },
  );
});

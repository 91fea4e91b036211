/** A Worker double for unit tests: records what it is sent, and the test replies as the solver worker would. */
import type { SolverRequestMessage, SolverResponseMessage } from "../protocol";

export class ScriptedWorker {
  static created: ScriptedWorker[] = [];
  onmessage: ((e: MessageEvent<SolverResponseMessage>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  received: SolverRequestMessage[] = [];
  terminated = false;
  constructor(readonly url?: string) {
    ScriptedWorker.created.push(this);
  }
  postMessage(message: SolverRequestMessage) {
    this.received.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(message: SolverResponseMessage) {
    this.onmessage?.({ data: message } as MessageEvent<SolverResponseMessage>);
  }
  /** Answers the last job it was sent. */
  answer(result: unknown) {
    const last = this.received[this.received.length - 1];
    if (!last) throw new Error("The worker was sent no job.");
    this.reply({ id: last.id, type: "result", result });
  }
}

export const scriptedWorkerFactory = (): Worker => new ScriptedWorker() as unknown as Worker;

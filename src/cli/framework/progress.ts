/**
 * Progress of long runs on stderr, only when stderr is a terminal (never in pipes, files or tests): one line
 * rewritten in place, at most every PROGRESS_INTERVAL_MS, and cleared when the work ends.
 */
import type { SolveOptions } from "../../engine/selection";
import type { CliIO } from "./command";

export const PROGRESS_INTERVAL_MS = 200;

/** A progress line writer for a terminal stream; `null` clears the line. */
export function terminalProgress(write: (text: string) => void, now: () => number = Date.now): (text: string | null) => void {
  let last = -Infinity;
  let shown = false;
  return (text) => {
    if (text === null) {
      if (shown) write("\r\x1b[K");
      shown = false;
      last = -Infinity;
      return;
    }
    const t = now();
    if (t - last < PROGRESS_INTERVAL_MS) return;
    last = t;
    shown = true;
    write(`\r${text}\x1b[K`);
  };
}

/** Solve options that report the solver's progress (best value and gap) on the terminal, or none. */
export function solveProgress(io: CliIO, label: string): Pick<SolveOptions, "onProgress"> {
  const progress = io.progress;
  if (!progress) return {};
  return { onProgress: (p) => progress(`${label}: ${p.message ?? p.phase}`) };
}

/** "Monte Carlo: 120,000 of 1,000,000 draws" on the terminal, or undefined. */
export function drawProgress(io: CliIO, label: string): ((done: number, total: number) => void) | undefined {
  const progress = io.progress;
  if (!progress) return undefined;
  return (done, total) => progress(`${label}: ${done.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} draws`);
}

/** Clears the progress line before results are printed. */
export function endProgress(io: CliIO): void {
  io.progress?.(null);
}

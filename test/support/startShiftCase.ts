/**
 * The start-shifting reference case: test/fixtures/reference/cases/start-shift-6x6x2.json (read at test time).
 */
import * as fs from "fs";
import * as path from "path";
import type { AllocationProblem } from "../../src/engine/resources/types";

export interface StartShiftAnswer {
  readonly value: number;
  readonly selected: readonly string[];
  readonly maxShift?: number | null;
  readonly optimalSchedules?: number;
}

export interface StartShiftCase {
  readonly problem: AllocationProblem;
  readonly answers: { readonly greedy: StartShiftAnswer; readonly fixed: StartShiftAnswer; readonly shift1: StartShiftAnswer; readonly free: StartShiftAnswer };
}

export function loadStartShiftCase(): StartShiftCase {
  const repoRoot = path.resolve(__dirname, "..", "..");
  const file = path.resolve(repoRoot, "test", "fixtures", "reference", "cases", "start-shift-6x6x2.json");
  return JSON.parse(fs.readFileSync(file, "utf8")) as StartShiftCase;
}

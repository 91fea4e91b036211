/** Which strategies a parallel selection runs, by model size and shape. */
import { CBC_DELAY_SECONDS, cbcRaceFits, PARALLEL_MIN_PROJECTS, selectionParts } from "./parallelPlan";

const binaries = (n: number) => Array.from({ length: n }, (_, i) => `x${i}`);
const base = { presolve: true, allowRestart: true };

describe("selectionParts", () => {
  it("races CBC at once on a large model with several cost limits", () => {
    const [part] = selectionParts({ binaries: binaries(PARALLEL_MIN_PROJECTS), base, start: null, workers: 2, solvers: ["highs", "cbc"], denseRows: 3 });
    expect(part!.strategies.map((s) => [s.settings.solver ?? "highs", s.startAfterSeconds ?? 0])).toEqual([["highs", 0], ["cbc", 0]]);
  });

  it("on 50–199 projects CBC starts only after HiGHS has had its head start, and no other HiGHS copy runs", () => {
    const [part] = selectionParts({ binaries: binaries(100), base, start: null, workers: 4, solvers: ["highs", "cbc"], denseRows: 5 });
    expect(part!.strategies.map((s) => [s.settings.solver ?? "highs", s.startAfterSeconds ?? 0])).toEqual([["highs", 0], ["cbc", CBC_DELAY_SECONDS]]);
  });

  it("names HiGHS strategies by solver and settings, for the answer's solvedBy", () => {
    const [part] = selectionParts({ binaries: binaries(300), base, start: null, workers: 2, mode: "race" });
    expect(part!.strategies.map((s) => s.name)).toEqual(["HiGHS (seed 0, presolve on)", "HiGHS (seed 1, presolve off)"]);
  });
});

describe("cbcRaceFits", () => {
  it("needs CBC offered, two workers, two dense rows and 50 projects", () => {
    expect(cbcRaceFits(100, 5, ["highs", "cbc"], 2)).toBe(true);
    expect(cbcRaceFits(100, 5, ["highs"], 2)).toBe(false);
    expect(cbcRaceFits(100, 5, ["highs", "cbc"], 1)).toBe(false);
    expect(cbcRaceFits(100, 1, ["highs", "cbc"], 2)).toBe(false);
    expect(cbcRaceFits(48, 2, ["highs", "cbc"], 2)).toBe(false);
  });
});

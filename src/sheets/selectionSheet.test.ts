import type { SelectionProblem, SelectionResult } from "../engine/selection";
import { cellAt, chartXValues } from "./cellAt";
import { selectionReasons } from "./selectionReasons";
import { selectionSheet } from "./selectionSheet";

// Winston's Stockco capital-budgeting case (test/fixtures/reference/cases/winston-stockco.json) plus
// extra projects that exercise each reason a project is out.
const problem: SelectionProblem = {
  projects: [
    { id: "P1", value: 16, costs: { capex: 5 }, category: "Run" },
    { id: "P2", value: 22, costs: { capex: 7 }, category: "Grow" },
    { id: "P3", value: 12, costs: { capex: 4 }, category: "Run" },
    { id: "P4", value: 8, costs: { capex: 3 }, category: "Grow" },
    { id: "P5", value: 30, costs: { capex: 0 } },
    { id: "P6", value: 5, costs: { capex: 0 } },
    { id: "P7", value: 9, costs: { capex: 0 } },
    { id: "P8", value: 1, costs: { capex: 0 } },
  ],
  limits: { capex: 14 },
  forceIn: ["P4"],
  forceOut: ["P5"],
  requires: [["P6", "P1"]],
  exclusive: [["P7", "P8"]],
};
const result: SelectionResult = {
  status: "optimal",
  objective: 51,
  selected: ["P2", "P3", "P4", "P7"],
  gap: 0,
  bound: 51,
  conflicts: [],
  baselines: {
    rankAndCut: { name: "rank-and-cut", selected: ["P2", "P1"], objective: 38, valueLeftOnTable: 13, feasible: false },
    greedy: { name: "value-per-cost greedy", selected: ["P1", "P3", "P4"], objective: 36, valueLeftOnTable: 15, feasible: true },
  },
  totals: { capex: 14 },
  solveSeconds: 0.01,
};

describe("selectionReasons", () => {
  it("names the constraint that keeps each project in or out", () => {
    const r = selectionReasons(problem, result);
    expect(Object.fromEntries(r)).toEqual({
      P1: "over capex limit",
      P2: "",
      P3: "",
      P4: "forced in",
      P5: "forced out",
      P6: "requires P1 (not selected)",
      P7: "",
      P8: "excluded by P7",
    });
  });

  it("explains every project as infeasible when no portfolio exists", () => {
    const r = selectionReasons(problem, { ...result, status: "infeasible", selected: [], objective: 0, gap: null });
    expect(new Set(r.values())).toEqual(new Set(["no feasible portfolio"]));
  });
});

describe("selectionSheet", () => {
  const spec = selectionSheet({ problem, result, valueLabel: "Score", names: { P2: "New plant" } });

  it("lists selected projects first with yes/no, value, cost and why", () => {
    expect(spec.name).toBe("PMO Selection");
    expect(["A4", "B4", "E4", "F4", "G4"].map((r) => cellAt(spec, r)?.value)).toEqual(["Selected", "Project", "Score", "capex", "Why"]);
    // Selected sorted by value: P2 (22), P3 (12), P7 (9), P4 (8); then the rest by value.
    expect([5, 6, 7, 8, 9].map((r) => cellAt(spec, `B${r}`)?.value)).toEqual(["P2", "P3", "P7", "P4", "P5"]);
    expect(cellAt(spec, "C5")?.value).toBe("New plant");
    expect(cellAt(spec, "A8")?.value).toBe("yes");
    expect(cellAt(spec, "G8")?.value).toBe("forced in");
    expect(cellAt(spec, "A9")?.value).toBe("no");
    expect(cellAt(spec, "G9")?.value).toBe("forced out");
  });

  it("totals spend against limits with SUMIFS over the yes column", () => {
    // Data rows 5..12, totals header at row 14.
    expect(cellAt(spec, "A14")?.value).toBe("Totals");
    expect(cellAt(spec, "B15")).toEqual({ value: 51, formula: '=SUMIFS(E5:E12,A5:A12,"yes")' });
    expect(cellAt(spec, "A16")?.value).toBe("capex");
    expect(cellAt(spec, "B16")).toEqual({ value: 14, formula: '=SUMIFS(F5:F12,A5:A12,"yes")' });
    expect(cellAt(spec, "C16")?.value).toBe(14);
    expect(cellAt(spec, "D16")).toEqual({ value: 1, formula: '=IF(C16>0,B16/C16,"")' });
    expect(cellAt(spec, "E16")).toEqual({ value: 0, formula: "=C16-B16" });
  });

  it("states the status and the value the baselines leave on the table", () => {
    const status = String(cellAt(spec, "A2")?.value);
    expect(status).toContain("Status: optimal · gap 0.00%");
    expect(status).toContain("4 of 8 projects");
    // Rank-and-cut breaks a rule here: it is said, with no value "left on the table".
    expect(status).toContain("rank-and-cut breaks a rule");
    expect(status).not.toContain("leaves");
    expect(cellAt(spec, "A18")?.value).toBe("Method");
    expect([19, 20, 21].map((r) => cellAt(spec, `E${r}`)?.value)).toEqual([0, "n/a (breaks a rule)", 15]);
    expect(cellAt(spec, "D20")?.value).toBe("no");
  });

  it("adds frontier and scatter chart specs only with a frontier, marking the chosen point", () => {
    expect(spec.charts).toEqual([]);
    const withFrontier = selectionSheet({
      problem,
      result,
      valueLabel: "Score",
      frontier: {
        limit: "capex",
        points: [
          { budget: 3, status: "optimal", objective: 47, gap: 0, count: 3, selected: ["P4", "P7", "P6"], changed: false },
          { budget: 20, status: "optimal", objective: 66, gap: 0, count: 6, selected: [], changed: true },
        ],
      },
    });
    const kinds = withFrontier.charts?.map((c) => c.kind);
    // Budget and cost are numbers: both charts are scatters, so the first column is x, never a plotted series.
    expect(kinds).toEqual(["scatterLines", "xyScatter"]);
    for (const chart of withFrontier.charts ?? []) expect(chartXValues(withFrontier, chart).some((v) => typeof v === "number")).toBe(true);
    // The chosen budget (14) is inserted between 3 and 20 with its value in "This portfolio".
    const top = Number(/^A(\d+)/.exec(withFrontier.charts![0].dataRange)![1]);
    expect(cellAt(withFrontier, `A${top + 2}`)?.value).toBe(14);
    expect(cellAt(withFrontier, `C${top + 2}`)?.value).toBe(51);
    expect(cellAt(withFrontier, `C${top + 1}`)?.value).toBeNull();
    expect(withFrontier.charts![0].dataRange).toBe(`A${top}:C${top + 3}`);
  });

  it("shows the conflict in the status line when infeasible", () => {
    const infeasible = selectionSheet({
      problem,
      valueLabel: "Score",
      result: {
        ...result,
        status: "infeasible",
        selected: [],
        objective: 0,
        gap: null,
        bound: null,
        baselines: null,
        totals: { capex: 0 },
        conflicts: [{ constraints: ["forceIn:P4", "limit:capex"], message: "Forced-in project P4 needs 3 of capex; the limit is 2." }],
      },
    });
    expect(String(cellAt(infeasible, "A2")?.value)).toBe(
      "Status: infeasible: no portfolio meets every constraint; Forced-in project P4 needs 3 of capex; the limit is 2.",
    );
    expect(infeasible.blocks.some((b) => b.values[0][0] === "Conflicting constraints")).toBe(true);
  });
});

import { screen, waitFor } from "@testing-library/react";
import { OptimiseStep } from "./OptimiseStep";
import { fakeExcel, fakeSolver, smallPortfolio, type FakeSolver } from "../../testing/fakes";
import { renderAfterWorkbook } from "../../testing/renderView";
import { PmoCancelledError } from "../../../engine/errors";
import type { SelectionProblem, SelectionResult } from "../../../engine/selection";

function result(problem: SelectionProblem, selected: string[]): SelectionResult {
  const totals = Object.fromEntries(Object.keys(problem.limits).map((l) => [l, selected.reduce((s, id) => s + (problem.projects.find((p) => p.id === id)!.costs[l] ?? 0), 0)]));
  const objective = selected.reduce((s, id) => s + problem.projects.find((p) => p.id === id)!.value, 0);
  const greedy = { name: "value-per-cost greedy" as const, selected: selected.slice(1), objective: objective - 10, valueLeftOnTable: 10, feasible: true };
  return { status: "optimal", objective, selected, gap: 0, bound: objective, conflicts: [], baselines: { rankAndCut: { ...greedy, name: "rank-and-cut" }, greedy }, totals, solveSeconds: 0.01 };
}

const renderOptimise = (solver: FakeSolver) => renderAfterWorkbook(<OptimiseStep />, { solver, open: "open optimise", inApp: true });

describe("OptimiseStep", () => {
  it("solves with the workbook's limit, writes PMO Selection with the frontier and shows the greedy baseline's loss", async () => {
    const solver = fakeSolver({
      select: async (request, onProgress) => {
        onProgress?.({ phase: "solving", fraction: 0.5, message: "Branch and bound: 50%" });
        return result(request as SelectionProblem, ["P1", "P3"]);
      },
      frontier: async () => ({ limit: "Cost", points: [] }),
    });
    const { user, excel } = await renderOptimise(solver);
    expect((screen.getByRole("textbox", { name: "Cost available" }) as HTMLInputElement).value).toBe("300");
    await user.click(screen.getByRole("button", { name: "Find the best portfolio" }));
    await waitFor(() => expect(screen.queryByTestId("notice")?.textContent).toMatch(/PMO Selection written/));
    const problem = solver.calls[0].request as SelectionProblem;
    expect(problem.limits).toEqual({ Cost: 300 });
    expect(problem.projects.map((p) => p.id)).toEqual(["P1", "P2", "P3", "P4"]);
    expect(solver.calls.map((c) => c.kind)).toEqual(["select", "frontier"]);
    expect(excel.written.map((s) => s.name)).toEqual(["PMO Selection"]);
    expect(screen.getByTestId("greedy-baseline").textContent).toMatch(/leave 10 of value on the table/);
    // Whole amounts with the headroom, not compact "0.3K of 0.3K".
    const spent = (result(problem, ["P1", "P3"]).totals as Record<string, number>).Cost!;
    expect(screen.getByTestId("selection-summary").textContent).toContain(`Cost: ${spent} spent of 300 available (${300 - spent} left).`);
  });

  it("shows the funding-pool shares under Limits, editable, and solves with the edited ones", async () => {
    const tables = smallPortfolio().map((t) =>
      t.name === "Limits" ? { ...t, headers: ["Limit", "Amount", "Category", "Min Share", "Max Share"], rows: [["Cost", 300, null, null, null], ["Cost", null, "Grow", 0.2, null]] } : t,
    );
    const solver = fakeSolver({ select: async (request) => result(request as SelectionProblem, ["P1"]), frontier: async () => ({ limit: "Cost", points: [] }) });
    const { user } = await renderAfterWorkbook(<OptimiseStep />, { excel: fakeExcel(tables), solver, open: "open optimise", inApp: true, summary: /^4 projects/ });
    const min = screen.getByRole("textbox", { name: "Grow share of Cost: at least (%)" }) as HTMLInputElement;
    expect(min.value).toBe("20");
    expect((screen.getByRole("textbox", { name: "Grow share of Cost: at most (%)" }) as HTMLInputElement).value).toBe("");
    await user.clear(min);
    await user.type(min, "35");
    await user.click(screen.getByRole("button", { name: "Find the best portfolio" }));
    await waitFor(() => expect(solver.calls.length).toBeGreaterThan(0));
    expect((solver.calls[0].request as SelectionProblem).categoryShares).toEqual([{ limit: "Cost", category: "Grow", min: 0.35 }]);
  });

  it("shows progress while solving and Cancel stops it without writing anything", async () => {
    let reject: (e: Error) => void = () => undefined;
    const solver = fakeSolver({
      select: (_request, onProgress) =>
        new Promise((_resolve, rej) => {
          onProgress?.({ phase: "solving", message: "Searching: 3 of 10 points" });
          reject = rej;
        }),
    });
    const cancel = solver.cancel;
    solver.cancel = () => {
      cancel();
      reject(new PmoCancelledError("The optimisation"));
    };
    const { user, excel } = await renderOptimise(solver);
    await user.click(screen.getByRole("button", { name: "Find the best portfolio" }));
    expect((await screen.findByTestId("solve-progress")).textContent).toBe("Searching: 3 of 10 points");
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    await screen.findByText("Optimisation cancelled");
    expect(solver.cancelled).toBe(1);
    expect(excel.written).toEqual([]);
  });

  it("explains an infeasible problem in words", async () => {
    const solver = fakeSolver({
      select: async () => ({
        status: "infeasible",
        objective: 0,
        selected: [],
        gap: null,
        bound: null,
        conflicts: [{ constraints: ["forceIn:P2", "limit:Cost"], message: "Forced-in project P2 needs 200 of Cost; the Cost limit is 100." }],
        baselines: null,
        totals: {},
        solveSeconds: 0,
      }),
    });
    const { user } = await renderOptimise(solver);
    await user.clear(screen.getByRole("textbox", { name: "Cost available" }));
    await user.type(screen.getByRole("textbox", { name: "Cost available" }), "100");
    await user.click(screen.getByRole("button", { name: "Find the best portfolio" }));
    expect((await screen.findByTestId("infeasible")).textContent).toMatch(/Forced-in project P2 needs 200 of Cost; the Cost limit is 100\./);
    expect(solver.calls.map((c) => c.kind)).toEqual(["select"]);
  });

  it("refuses a limit that is not a number, in words, without solving", async () => {
    const solver = fakeSolver({});
    const { user } = await renderOptimise(solver);
    await user.clear(screen.getByRole("textbox", { name: "Cost available" }));
    await user.type(screen.getByRole("textbox", { name: "Cost available" }), "lots");
    await user.click(screen.getByRole("button", { name: "Find the best portfolio" }));
    await waitFor(() => expect(screen.getByText("The Cost limit 'lots' is not an amount of 0 or more.")).toBeTruthy());
    expect(solver.calls).toEqual([]);
  });
});

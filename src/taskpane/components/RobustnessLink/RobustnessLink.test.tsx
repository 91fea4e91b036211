import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../App";
import { allSteps } from "../../steps";
import { fakeExcel, fakeSolver, Providers, smallPortfolio, type FakeSolver } from "../../testing/fakes";
import { renderAfterWorkbook } from "../../testing/renderView";
import { PrioritiseStep } from "../PrioritiseStep";
import { topKProbability } from "../../../engine/robustness";
import type { SelectionProblem, SelectionResult } from "../../../engine/selection";
import type { TopKRequest } from "../../../worker/protocol";
import { ROBUSTNESS_SHEET } from "../../../sheets/robustnessSheet";
import { PmoCancelledError } from "../../../engine/errors";

/** Picks the two highest-value projects that fit the Cost limit (the small portfolio has one limit). */
function greedySelect(problem: SelectionProblem): SelectionResult {
  const order = [...problem.projects].sort((a, b) => b.value - a.value);
  const selected: string[] = [];
  let spent = 0;
  for (const p of order) {
    const cost = p.costs.Cost ?? 0;
    if (selected.length < 2 && spent + cost <= problem.limits.Cost!) {
      selected.push(p.id);
      spent += cost;
    }
  }
  const objective = problem.projects.filter((p) => selected.includes(p.id)).reduce((s, p) => s + p.value, 0);
  return { status: "optimal", objective, selected, gap: 0, bound: objective, conflicts: [], baselines: null, totals: { Cost: spent }, solveSeconds: 0 };
}

function solverFor(): FakeSolver {
  return fakeSolver({
    select: async (r) => greedySelect(r as SelectionProblem),
    frontier: async () => ({ limit: "Cost", points: [] }),
    topK: async (r) => {
      const q = r as TopKRequest;
      return topKProbability(q.impacts, q.weights, q.maxImpact, q.options);
    },
  });
}

async function renderPane(solver: FakeSolver) {
  const user = userEvent.setup();
  const excel = fakeExcel(smallPortfolio());
  render(
    <Providers excel={excel} solver={solver}>
      <App steps={allSteps()} />
    </Providers>,
  );
  await screen.findByText("4 projects, 3 drivers, 1 limits, 0 roles.");
  return { user, excel };
}

const heading = () => screen.getByRole("heading", { level: 2 }).textContent;

describe("How robust is this? from the Prioritise and Optimise steps", () => {
  it("appears on Prioritise once a ranking exists and opens the robustness view on the ranking", async () => {
    const { user } = await renderPane(solverFor());
    await user.click(screen.getByRole("tab", { name: "Step 3: Prioritise" }));
    expect(screen.queryByRole("button", { name: "How robust is this?" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Score and rank" }));
    await user.click(await screen.findByRole("button", { name: "How robust is this?" }));
    expect(heading()).toBe("How robust?");
    expect(screen.getByRole("tab", { name: /How robust\?/ }).getAttribute("aria-selected")).toBe("true");
    expect((await screen.findByTestId("robustness-focus")).textContent).toBe("Checking the ranking from the Prioritise step.");
    expect(screen.queryByRole("spinbutton", { name: /Re-optimisations/ })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("heading", { level: 2 })));
  });

  it("appears on Optimise once a selection exists and checks that selection, re-optimising it per draw", async () => {
    const solver = solverFor();
    const { user, excel } = await renderPane(solver);
    await user.click(screen.getByRole("tab", { name: "Step 4: Optimise" }));
    expect(screen.queryByRole("button", { name: "How robust is this?" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Find the best portfolio" }));
    await user.click(await screen.findByRole("button", { name: "How robust is this?" }));
    expect(heading()).toBe("How robust?");
    expect((await screen.findByTestId("robustness-focus")).textContent).toMatch(/^Checking the selection from the Optimise step \(2 projects\)/);

    const k = screen.getByRole("spinbutton", { name: "Top k" });
    await user.clear(k);
    await user.type(k, "2");
    const draws = screen.getByRole("spinbutton", { name: "Draws" });
    await user.clear(draws);
    await user.type(draws, "200");
    const reopt = screen.getByRole("spinbutton", { name: /Re-optimisations/ });
    await user.clear(reopt);
    await user.type(reopt, "6");
    const before = solver.calls.length;
    await user.click(screen.getByRole("button", { name: "Check robustness" }));
    await waitFor(() => expect(excel.written.map((s) => s.name)).toContain(ROBUSTNESS_SHEET));
    const runs = solver.calls.slice(before);
    expect(runs.map((c) => c.kind)).toEqual(["topK", "select", "select", "select", "select", "select", "select"]);
    // Each re-optimisation keeps the Optimise step's limit and the per-draw time limit.
    expect((runs[1]!.request as SelectionProblem).limits).toEqual({ Cost: 300 });
    expect((runs[1]!.request as SelectionProblem).timeLimitSeconds).toBe(5);
    const sheet = excel.written.find((s) => s.name === ROBUSTNESS_SHEET)!;
    const header = sheet.blocks.find((b) => b.values[0]?.[0] === "Project")!.values[0];
    expect(header).toEqual(["Project", "Name", "Score", "P(top 2)", "Std error", "Core index", "Core std error"]);
    // Every re-optimisation selects two projects, so the core indices add up to 2.
    const rows = sheet.blocks.find((b) => b.values[0]?.[0] === "Project")!.values.slice(1);
    expect(rows.reduce((sum, r) => sum + Number(r[5]), 0)).toBeCloseTo(2, 10);
    const table = screen.getByRole("table", { name: /staying in the selection \(6 re-optimisations, 6 proven optimal/ });
    const inSelection = [...table.querySelectorAll("tbody tr")].map((r) => r.lastElementChild?.textContent ?? "");
    expect(inSelection).toHaveLength(4);
    for (const share of inSelection) expect(share).toMatch(/^\d+\s?%$/);
  });

  it("Cancel during the re-optimisations stops the check without writing anything", async () => {
    const solver = solverFor();
    const { user, excel } = await renderPane(solver);
    await user.click(screen.getByRole("tab", { name: "Step 4: Optimise" }));
    await user.click(screen.getByRole("button", { name: "Find the best portfolio" }));
    await user.click(await screen.findByRole("button", { name: "How robust is this?" }));
    // From here on a solve waits until it is cancelled, as the worker's does.
    let reject: (e: Error) => void = () => undefined;
    const run = solver.run;
    solver.run = (kind, request, onProgress) => (kind === "select" ? new Promise((_resolve, rej) => (reject = rej)) : run(kind, request, onProgress));
    solver.cancel = () => reject(new PmoCancelledError("The re-optimisation"));
    const draws = screen.getByRole("spinbutton", { name: "Draws" });
    await user.clear(draws);
    await user.type(draws, "100");
    const written = excel.written.length;
    await user.click(screen.getByRole("button", { name: "Check robustness" }));
    await user.click(await screen.findByRole("button", { name: "Cancel" }));
    await screen.findByText("Robustness check cancelled");
    expect(excel.written.length).toBe(written);
    expect(screen.queryByRole("group", { name: "Re-optimising the selection" })).toBeNull();
  });

  it("is not offered when the view is shown without the step list", async () => {
    const { user } = await renderAfterWorkbook(<PrioritiseStep />);
    await user.click(screen.getByRole("button", { name: "Score and rank" }));
    await screen.findByRole("table", { name: /Top 4 of 4/ });
    expect(screen.queryByRole("button", { name: "How robust is this?" })).toBeNull();
  });
});

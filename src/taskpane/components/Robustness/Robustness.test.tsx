import { screen, waitFor } from "@testing-library/react";
import { fakeSolver } from "../../testing/fakes";
import { renderLoaded } from "../../testing/renderView";
import { ROBUSTNESS_SHEET } from "../../../sheets/robustnessSheet";
import { topKProbability } from "../../../engine/robustness";
import type { TopKRequest } from "../../../worker/protocol";
import { Robustness } from "./Robustness";

/** The worker's topK job, run in-process. */
const topKSolver = () => fakeSolver({ topK: async (r) => { const q = r as TopKRequest; return topKProbability(q.impacts, q.weights, q.maxImpact, q.options); } });

describe("How robust is this? view", () => {
  it("writes PMO Robustness and states the smallest weight change that changes the top k", async () => {
    const { user, excel, solver } = renderLoaded(<Robustness />, { solver: topKSolver() });
    const k = await screen.findByRole("spinbutton", { name: "Top k" });
    await user.clear(k);
    await user.type(k, "2");
    const draws = screen.getByRole("spinbutton", { name: "Draws" });
    await user.clear(draws);
    await user.type(draws, "500");
    await user.click(screen.getByRole("button", { name: "Check robustness" }));
    await waitFor(() => expect(excel.written.map((s) => s.name)).toEqual([ROBUSTNESS_SHEET]));
    expect(solver.calls.map((c) => c.kind)).toEqual(["topK"]);
    expect((solver.calls[0].request as TopKRequest).options).toMatchObject({ k: 2, draws: 500, seed: 1, impactSteps: true });
    expect(screen.getByText(/percentage points in the .* weight changes the top 2|No single weight change changes the top 2/)).toBeTruthy();
    const table = screen.getByRole("table", { name: /Probability of the top 2/ });
    expect(table.querySelectorAll("tbody tr").length).toBe(4); // 4 projects, k + 5 capped at 4
  });

  it("disables the check for a top k larger than the number of projects", async () => {
    const { user } = renderLoaded(<Robustness />);
    const k = await screen.findByRole("spinbutton", { name: "Top k" });
    await user.clear(k);
    await user.type(k, "9");
    expect(screen.getByText("A whole number from 1 to 4")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Check robustness" }) as HTMLButtonElement).disabled).toBe(true);
  });
});

import { screen, waitFor } from "@testing-library/react";
import { ResourcesStep } from "./ResourcesStep";
import { fakeExcel, fakeSolver, smallPortfolio, type FakeSolver } from "../../testing/fakes";
import { renderAfterWorkbook } from "../../testing/renderView";
import type { TableData } from "../../../engine/portfolio";
import type { AllocationProblem, AllocationResult } from "../../../engine/resources";

const months = ["2027-01", "2027-02", "2027-03", "2027-04", "2027-05", "2027-06"];

function withResources(): TableData[] {
  return [
    ...smallPortfolio(),
    { name: "Capacity", headers: ["Role", "Unit", "Rate", ...months], rows: [["Dev", "FTE", 100, 2, 2, 2, 2, 2, 2]] },
    { name: "Demand", headers: ["Project", "Role", "Month Offset", "FTE"], rows: [["P1", "Dev", 0, 1.5], ["P3", "Dev", 0, 1.5], ["P3", "Dev", 1, 1]] },
  ];
}

const renderResources = (tables: TableData[], solver: FakeSolver) => renderAfterWorkbook(<ResourcesStep />, { excel: fakeExcel(tables), solver, summary: /^4 projects, 3 drivers/ });

/** A solver that staffs every project at its planned start except P3. */
function solverLeavingP3Unstaffed(): ReturnType<typeof fakeSolver> {
  return fakeSolver({
    allocate: async (request) => {
      const problem = request as AllocationProblem;
      const result: AllocationResult = {
        status: "optimal",
        objective: 1,
        gap: 0,
        schedule: problem.projects.filter((p) => p.id !== "P3").map((p) => ({ id: p.id, start: p.start, plannedStart: p.start })),
        unstaffed: ["P3"],
        load: { Dev: [1.5, 0, 0, 0, 0, 0] },
        deficit: { Dev: [0, 0, 0, 0, 0, 0] },
        baseline: { objective: 1, schedule: [], unstaffed: [], valueLeftOnTable: 0 },
        solveSeconds: 0.01,
      };
      return result;
    },
  });
}

describe("ResourcesStep", () => {
  it("is disabled, saying what to add, when the workbook has no Capacity table", async () => {
    await renderResources(smallPortfolio(), fakeSolver({}));
    expect((screen.getByRole("button", { name: "Plan resources" }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(/Add a Capacity table/)).toBeTruthy();
  });

  it("plans every project when nothing was optimised, writes PMO Resources and shows role peaks", async () => {
    const solver = solverLeavingP3Unstaffed();
    const { user, excel } = await renderResources(withResources(), solver);
    expect(screen.getByText("No optimisation yet: plans every project in the workbook.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Plan resources" }));
    await waitFor(() => expect(excel.written.map((s) => s.name)).toEqual(["PMO Resources"]));
    const problem = solver.calls[0].request as AllocationProblem;
    expect(problem.months).toEqual(months);
    expect(problem.capacity).toEqual({ Dev: [2, 2, 2, 2, 2, 2] });
    expect(problem.projects.find((p) => p.id === "P3")!.demand).toEqual({ Dev: [1.5, 1] });
    const table = await screen.findByRole("table", { name: "Peak monthly load per role (3 staffed, 1 not staffed)" });
    expect(table.querySelectorAll("tbody tr")[0].textContent).toBe("Dev1.52027-012.00.0");
  });

  it("says why each unstaffed project is out, in the same sentence as the sheet", async () => {
    const solver = solverLeavingP3Unstaffed();
    const { user, excel } = await renderAfterWorkbook(<ResourcesStep />, { excel: fakeExcel(withResources()), solver, summary: /^4 projects, 3 drivers/, inApp: true });
    await user.click(screen.getByRole("button", { name: "Plan resources" }));
    await waitFor(() => expect(excel.written.map((s) => s.name)).toEqual(["PMO Resources"]));
    const sheet = excel.written[0]!;
    const block = sheet.blocks.find((b) => b.values[0]?.[0] === "Unstaffed")!;
    const sentence = String(block.values[1]![3]);
    expect(sentence).toMatch(/^P3 lacks role capacity .*Dev in 2027-01 \(needs 1\.5 FTE, 0\.5 free\)/);
    expect(await screen.findByText(`1 project is not staffed. ${sentence}`)).toBeTruthy();
    expect(screen.queryByText(/with the current capacity/)).toBeNull();
  });
});

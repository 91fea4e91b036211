import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { WorkbookStep } from "./WorkbookStep";
import { fakeExcel, fakeSolver, Providers, smallPortfolio } from "../../testing/fakes";
import type { TableData } from "../../../engine/portfolio";

function withTextCost(): TableData[] {
  return smallPortfolio().map((t) => (t.name === "Projects" ? { ...t, rows: t.rows.map((r, i) => (i === 1 ? r.map((v, c) => (c === 4 ? "lots" : v)) : r)) } : t));
}

describe("WorkbookStep", () => {
  it("summarises a valid workbook and reports no problems", async () => {
    render(
      <Providers excel={fakeExcel(smallPortfolio())} solver={fakeSolver({})}>
        <WorkbookStep />
      </Providers>,
    );
    expect(await screen.findByText("4 projects, 3 drivers, 1 limits, 0 roles.")).toBeTruthy();
    expect(screen.getByTestId("problem-count").textContent).toBe("No problems found.");
    expect(screen.getByLabelText("Projects: found")).toBeTruthy();
    expect(screen.getByLabelText("Capacity: not found (optional)")).toBeTruthy();
  });

  it("lists a problem in words with a link that selects its cell", async () => {
    const user = userEvent.setup();
    const excel = fakeExcel(withTextCost());
    render(
      <Providers excel={excel} solver={fakeSolver({})}>
        <WorkbookStep />
      </Providers>,
    );
    const problem = await screen.findByText(/'lots' is not valid/);
    expect(problem.textContent).toMatch(/^Table Projects, row 2, column 'Cost'/);
    await user.click(screen.getByRole("button", { name: "Go to Projects!E3" }));
    await waitFor(() => expect(excel.selected).toEqual(["Projects!E3"]));
  });

  it("offers the sample and the template in an empty workbook, disabling the sample with a reason on old Excel", async () => {
    render(
      <Providers excel={fakeExcel([], { apiVersion: "1.12" })} solver={fakeSolver({})}>
        <WorkbookStep />
      </Providers>,
    );
    const sample = await screen.findByRole("button", { name: "Insert sample portfolio" });
    expect((sample as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getAllByText(/cannot insert sheets from another workbook \(it needs Excel API 1\.13\)/).length).toBeGreaterThan(0);
    expect((screen.getByRole("button", { name: "Create empty template" }) as HTMLButtonElement).disabled).toBe(false);
  });

  it("maps the columns of the user's own table and saves the mapping in the workbook", async () => {
    const user = userEvent.setup();
    const tables = smallPortfolio().map((t) =>
      t.name === "Projects" ? { ...t, name: "MyProjects", headers: t.headers.map((h) => (h === "Cost" ? "Budget (k)" : h === "Project" ? "Key" : h)) } : t,
    );
    const excel = fakeExcel(tables);
    render(
      <Providers excel={excel} solver={fakeSolver({})}>
        <WorkbookStep />
      </Providers>,
    );
    await user.click(await screen.findByRole("combobox", { name: "Your table" }));
    await user.click(screen.getByRole("option", { name: "MyProjects" }));
    // "Key" is an alias of Project and is preselected; "Budget (k)" must be chosen for Cost.
    expect(screen.getByRole("combobox", { name: /^Project \(required\)/ }).textContent).toBe("Key");
    await user.click(screen.getByRole("combobox", { name: /^Cost(?! of)/ }));
    await user.click(screen.getByRole("option", { name: "Budget (k)" }));
    await user.click(screen.getByRole("button", { name: "Save mapping" }));
    await waitFor(() =>
      expect(excel.settings["PMOAlign.columnMapping"]).toEqual({
        tables: { Projects: "MyProjects" },
        columns: { Projects: expect.objectContaining({ Project: "Key", Cost: "Budget (k)" }) },
      }),
    );
    // Re-read with the mapping applied: the table now reads as Projects.
    expect(await screen.findByText("4 projects, 3 drivers, 1 limits, 0 roles.")).toBeTruthy();
  });
});

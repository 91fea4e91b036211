import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ScenariosStep } from "./ScenariosStep";
import { fakeExcel, fakeSolver, Providers } from "../../testing/fakes";
import type { ScenarioRecord } from "../../../excel/settings";
import { usePmo } from "../../state/PmoContext";

const saved = (name: string, value: number, selected: string[]): ScenarioRecord => ({
  name,
  savedAt: "2027-01-01T00:00:00.000Z",
  summary: { value, costs: { CapEx: 100 }, selected, rolePeaks: { Dev: 2 }, status: "optimal" },
  inputs: {},
});

describe("ScenariosStep", () => {
  it("saves the current scenario in the workbook under its name", async () => {
    const user = userEvent.setup();
    const excel = fakeExcel([]);
    render(
      <Providers excel={excel} solver={fakeSolver({})}>
        <ScenariosStep />
      </Providers>,
    );
    await screen.findByText("No scenarios saved in this workbook yet.");
    expect((screen.getByRole("button", { name: "Save" }) as HTMLButtonElement).disabled).toBe(true);
    await user.type(screen.getByRole("textbox", { name: "Scenario name" }), "  Base  ");
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(excel.scenarios.map((s) => s.name)).toEqual(["Base"]));
    expect(excel.scenarios[0].summary.status).toBe("not optimised");
    expect(await screen.findByRole("checkbox", { name: /^Base: 0 projects/ })).toBeTruthy();
  });

  it("compares two or more ticked scenarios in PMO Scenarios", async () => {
    const user = userEvent.setup();
    const excel = fakeExcel([]);
    excel.scenarios.push(saved("Base", 120, ["P1", "P2"]), saved("Lean", 90, ["P2"]));
    render(
      <Providers excel={excel} solver={fakeSolver({})}>
        <ScenariosStep />
      </Providers>,
    );
    const compare = screen.getByRole("button", { name: "Compare in PMO Scenarios" }) as HTMLButtonElement;
    await user.click(await screen.findByRole("checkbox", { name: /^Base/ }));
    expect(compare.disabled).toBe(true);
    await user.click(screen.getByRole("checkbox", { name: /^Lean/ }));
    await user.click(compare);
    await waitFor(() => expect(excel.written.map((s) => s.name)).toEqual(["PMO Scenarios"]));
    expect(excel.written[0].blocks[1].values[0]).toEqual(["Measure", "Base", "Lean"]);
  });
});

describe("ScenariosStep inputs", () => {
  it("restores a saved scenario's optimisation inputs for the Optimise step", async () => {
    const user = userEvent.setup();
    const excel = fakeExcel([]);
    const optimise = { limits: { CapEx: 500 }, forceIn: ["P1"], forceOut: [], dependencies: [], timeLimitSeconds: 10 };
    excel.scenarios.push({ ...saved("Base", 120, ["P1"]), inputs: { weights: null, optimise } });
    let seen: unknown = null;
    let notice: string | undefined;
    function Probe() {
      const pmo = usePmo();
      seen = pmo.results.optimiseInputs;
      notice = pmo.notice?.title;
      return null;
    }
    render(
      <Providers excel={excel} solver={fakeSolver({})}>
        <ScenariosStep />
        <Probe />
      </Providers>,
    );
    await user.click(await screen.findByRole("button", { name: "Use the inputs of Base" }));
    await waitFor(() => expect(seen).toEqual(optimise));
    expect(notice).toBe("Inputs of 'Base' restored");
  });
});

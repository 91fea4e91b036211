import { screen, waitFor, within } from "@testing-library/react";
import { DriversStep } from "./DriversStep";
import { fakeExcel, smallPortfolio } from "../../testing/fakes";
import { renderAfterWorkbook } from "../../testing/renderView";
import { ahpWeights } from "../../../engine/ahp";

/** Read the workbook first (WorkbookStep does on mount), then show the Drivers view. */
const renderDrivers = (excel = fakeExcel(smallPortfolio())) => renderAfterWorkbook(<DriversStep />, { excel, open: "open drivers" });

const weightsShown = () =>
  within(screen.getByRole("list", { name: "Driver weights" }))
    .getAllByTestId("weight-value")
    .map((e) => e.textContent);

describe("DriversStep", () => {
  it("shows direct weights normalised to 100% and updates the bars as the user types", async () => {
    const { user } = await renderDrivers();
    expect(weightsShown()).toEqual(["50.0%", "30.0%", "20.0%"]);
    const risk = screen.getByRole("textbox", { name: "Risk" });
    await user.clear(risk);
    await user.type(risk, "70");
    expect(weightsShown()).toEqual(["33.3%", "20.0%", "46.7%"]);
  });

  it("derives AHP weights from the pairwise sliders, names the most inconsistent judgement and applies its fix", async () => {
    const { user } = await renderDrivers();
    await user.click(screen.getByRole("radio", { name: "Pairwise comparison" }));
    // The workbook's judgements: Customers 3× Efficiency, Risk 5× Customers, Efficiency 3× Risk (a cycle).
    const expected = ahpWeights([[1, 3, 0.2], [1 / 3, 1, 3], [5, 1 / 3, 1]]);
    expect(weightsShown()).toEqual(expected.weights.map((w) => `${(w * 100).toFixed(1)}%`));
    expect(screen.getByTestId("consistency").textContent).toMatch(/too inconsistent/);
    const slider = screen.getByRole("slider", { name: "Customers versus Risk" });
    expect(slider.getAttribute("aria-valuetext")).toBe("Risk is strongly more important than Customers (5)");

    const fix = screen.getByRole("button", { name: /^Use .* for .* versus / });
    await user.click(fix);
    // The ratio drops to what the engine predicted for that change.
    const predicted = expected.inconsistencies[0].crIfChanged;
    await waitFor(() => expect(screen.getByTestId("consistency").textContent).toContain(`Consistency ratio ${predicted.toFixed(2)}`));
    expect(predicted).toBeLessThan(expected.cr);
  });

  it("writes only the Weight column, as percentages, when the user presses Save", async () => {
    const { user, excel } = await renderDrivers();
    expect(excel.savedWeights).toEqual([]);
    await user.click(screen.getByRole("button", { name: "Save weights to Drivers" }));
    await waitFor(() => expect(excel.savedWeights).toEqual([{ Customers: 50, Efficiency: 30, Risk: 20 }]));
    expect(excel.written).toEqual([]);
  });

  it("saves exactly the weights it scores, not rounded to 0.1 (they sum to 100)", async () => {
    const { user, excel } = await renderDrivers();
    const risk = screen.getByRole("textbox", { name: "Risk" });
    await user.clear(risk);
    await user.type(risk, "70");
    await user.click(screen.getByRole("button", { name: "Save weights to Drivers" }));
    await waitFor(() => expect(excel.savedWeights).toHaveLength(1));
    const saved = excel.savedWeights[0]!;
    expect(saved).toEqual({ Customers: (50 / 150) * 100, Efficiency: (30 / 150) * 100, Risk: (70 / 150) * 100 });
    expect(Object.values(saved).reduce((a, b) => a + b, 0)).toBeCloseTo(100, 10);
  });

  it("keeps the workbook's exact weights in fields the user did not change (shown to 0.1, scored and saved exact)", async () => {
    const tables = smallPortfolio().map((t) => (t.name === "Drivers" ? { ...t, rows: t.rows.map((r) => [r[0], r[1], 1]) } : t));
    const { user, excel } = await renderDrivers(fakeExcel(tables));
    expect((screen.getByRole("textbox", { name: "Risk" }) as HTMLInputElement).value).toBe("33.3");
    await user.click(screen.getByRole("button", { name: "Save weights to Drivers" }));
    await waitFor(() => expect(excel.savedWeights).toHaveLength(1));
    expect(excel.savedWeights[0]).toEqual({ Customers: (1 / 3) * 100, Efficiency: (1 / 3) * 100, Risk: (1 / 3) * 100 });
  });

  it("rejects a negative direct weight in words and disables Save", async () => {
    const { user } = await renderDrivers();
    const risk = screen.getByRole("textbox", { name: "Risk" });
    await user.clear(risk);
    await user.type(risk, "-5");
    expect(screen.getByText("Type a number of 0 or more.")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Save weights to Drivers" }) as HTMLButtonElement).disabled).toBe(true);
  });
});

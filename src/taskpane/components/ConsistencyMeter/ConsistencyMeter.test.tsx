import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ConsistencyMeter } from "./ConsistencyMeter";
import { ahpWeights, type InconsistentJudgement } from "../../../engine/ahp";

const wrap = (ui: React.ReactNode) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

describe("ConsistencyMeter", () => {
  it("shows an acceptable ratio as consistent with no fix to offer", () => {
    wrap(<ConsistencyMeter ahp={ahpWeights([[1, 2, 4], [1 / 2, 1, 2], [1 / 4, 1 / 2, 1]])} onApply={() => undefined} />);
    expect(screen.getByTestId("consistency").textContent).toBe("Consistency ratio 0.00 (0.0%): consistent (under 0.05, Saaty's bar for 3 drivers).");
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("judges three drivers against Saaty's 0.05 bar, not 0.10", () => {
    wrap(<ConsistencyMeter ahp={ahpWeights([[1, 3, 5], [1 / 3, 1, 4], [1 / 5, 1 / 4, 1]])} onApply={() => undefined} />);
    expect(screen.getByTestId("consistency").textContent).toBe(
      "Consistency ratio 0.07 (7.4%): too inconsistent (0.05 or more for 3 drivers, Saaty's bar). Revisit the judgement below.",
    );
  });

  it("names the most inconsistent judgement and applies the engine's suggestion", async () => {
    const ahp = ahpWeights([[1, 9, 1 / 9], [1 / 9, 1, 9], [9, 1 / 9, 1]], { labels: ["A", "B", "C"] });
    const applied: InconsistentJudgement[] = [];
    wrap(<ConsistencyMeter ahp={ahp} onApply={(j) => applied.push(j)} />);
    expect(screen.getByTestId("consistency").textContent).toMatch(/too inconsistent/);
    const worst = ahp.inconsistencies[0];
    expect(screen.getByTestId("inconsistent-judgement").textContent).toContain(`Most inconsistent: ${worst.rowLabel} versus ${worst.columnLabel}`);
    await userEvent.setup().click(screen.getByRole("button", { name: /^Use / }));
    expect(applied).toEqual([worst]);
  });
});

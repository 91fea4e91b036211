import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { progressWords, SolveProgressBar } from "./SolveProgressBar";

describe("SolveProgressBar", () => {
  it("announces the solver's message politely and cancels from the keyboard", async () => {
    const user = userEvent.setup();
    let cancelled = 0;
    render(
      <FluentProvider theme={webLightTheme}>
        <SolveProgressBar label="Optimising the portfolio" progress={{ phase: "frontier", fraction: 0.25, message: "Budget 3 of 12" }} onCancel={() => cancelled++} />
      </FluentProvider>,
    );
    const text = screen.getByTestId("solve-progress");
    expect(text.textContent).toBe("Budget 3 of 12");
    expect(text.getAttribute("aria-live")).toBe("polite");
    expect(screen.getByRole("progressbar", { name: "Optimising the portfolio" }).getAttribute("aria-valuenow")).toBe("0.25");
    screen.getByRole("button", { name: "Cancel" }).focus();
    await user.keyboard("{Enter}");
    expect(cancelled).toBe(1);
  });

  it("says progress in words with formatted numbers, never raw internals", () => {
    const frontier = { phase: "frontier", fraction: 1 / 12, message: "x", budget: 2732363.6363636362, limit: "CapEx", step: 2, steps: 12 };
    expect(progressWords(frontier)).toBe("Best portfolio for a CapEx budget of 2.7M (2 of 12)");
    expect(progressWords({ phase: "frontier", fraction: 1 })).toBe("Efficient frontier finished");
    expect(progressWords({ phase: "done", fraction: 1 })).toBe("Finished");
    expect(progressWords({ phase: "solving", fraction: 0.5, incumbent: 1209.87654, gap: 0.0123 })).toBe("Best value so far 1,209.9, within 1.23% of the best possible");
    for (const p of [frontier, { phase: "done" }, { phase: "frontier" }]) expect(progressWords(p)).not.toMatch(/\d{5,}|^(done|frontier)$/);
  });
});

import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { SolveProgressBar } from "./SolveProgressBar";

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
});

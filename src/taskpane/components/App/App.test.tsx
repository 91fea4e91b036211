import * as React from "react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "./App";
import { coreSteps, orderSteps, type StepDefinition } from "../../steps";
import { fakeExcel, fakeSolver, Providers, smallPortfolio } from "../../testing/fakes";
import { Pulse24Regular } from "@fluentui/react-icons";

function Monitor(): React.JSX.Element {
  return <p>Monitor view</p>;
}

describe("App shell", () => {
  it("lists every step as a labelled tab and shows the chosen step's view", async () => {
    const user = userEvent.setup();
    render(
      <Providers excel={fakeExcel(smallPortfolio())} solver={fakeSolver({})}>
        <App steps={coreSteps} />
      </Providers>,
    );
    const tabs = screen.getAllByRole("tab");
    expect(tabs.map((t) => t.getAttribute("aria-label"))).toEqual([
      "Step 1: Workbook",
      "Step 2: Drivers",
      "Step 3: Prioritise",
      "Step 4: Optimise",
      "Step 5: Resources",
      "Step 6: Scenarios",
      "Step 7: Share",
    ]);
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Workbook");
    await user.click(screen.getByRole("tab", { name: "Step 7: Share" }));
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Share");
    expect(screen.getByRole("button", { name: "Freeze for sharing" })).toBeTruthy();
  });

  it("places steps added by other features after the step they name", () => {
    const extra: StepDefinition = { id: "monitor", title: "Monitor", description: "Status", icon: Pulse24Regular, component: Monitor, after: "resources" };
    const last: StepDefinition = { ...extra, id: "review", title: "Review", after: undefined };
    const ids = orderSteps(coreSteps, [extra, last]).map((s) => s.id);
    expect(ids).toEqual(["workbook", "drivers", "prioritise", "optimise", "resources", "monitor", "scenarios", "share", "review"]);
  });

  it("is keyboard reachable: Tab reaches the step list and Enter opens a focused step", async () => {
    const user = userEvent.setup();
    render(
      <Providers excel={fakeExcel(smallPortfolio())} solver={fakeSolver({})}>
        <App steps={coreSteps} />
      </Providers>,
    );
    await user.tab();
    expect(document.activeElement?.getAttribute("aria-label")).toBe("Step 1: Workbook");
    screen.getByRole("tab", { name: "Step 3: Prioritise" }).focus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Prioritise");
  });
});

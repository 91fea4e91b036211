import * as React from "react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "./App";
import { coreSteps, orderSteps, type StepDefinition } from "../../steps";
import { fakeExcel, fakeSolver, Providers, smallPortfolio } from "../../testing/fakes";
import { usePmo } from "../../state/PmoContext";
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

  describe("result banners", () => {
    function Acting(): React.JSX.Element {
      const { notify } = usePmo();
      return (
        <button
          onClick={(e) => {
            // As a disabled button does in a browser: the focus falls to the page body while the action runs.
            e.currentTarget.blur();
            notify({ intent: "success", title: "PMO Test written", message: "3 projects ranked." });
          }}
        >
          Act
        </button>
      );
    }
    const steps: StepDefinition[] = [
      { id: "act", title: "Act", description: "Acts", icon: Pulse24Regular, component: Acting },
      { id: "other", title: "Other", description: "Another step", icon: Pulse24Regular, component: Monitor },
    ];

    it("are announced: the banner appears inside a polite status region that was already there", async () => {
      const user = userEvent.setup();
      render(
        <Providers excel={fakeExcel(smallPortfolio())} solver={fakeSolver({})}>
          <App steps={steps} />
        </Providers>,
      );
      const region = screen.getByRole("status");
      expect(region.getAttribute("aria-live")).toBe("polite");
      await user.click(screen.getByRole("button", { name: "Act" }));
      expect(region.textContent).toContain("PMO Test written");
      expect(region.textContent).toContain("3 projects ranked.");
    });

    it("take the focus the action lost, so keyboard users land on the result", async () => {
      const user = userEvent.setup();
      render(
        <Providers excel={fakeExcel(smallPortfolio())} solver={fakeSolver({})}>
          <App steps={steps} />
        </Providers>,
      );
      await user.click(screen.getByRole("button", { name: "Act" }));
      expect(document.activeElement).toBe(screen.getByTestId("notice"));
    });

    it("belong to their step: opening another step clears the banner", async () => {
      const user = userEvent.setup();
      render(
        <Providers excel={fakeExcel(smallPortfolio())} solver={fakeSolver({})}>
          <App steps={steps} />
        </Providers>,
      );
      await user.click(screen.getByRole("button", { name: "Act" }));
      expect(screen.getByTestId("notice")).toBeTruthy();
      await user.click(screen.getByRole("tab", { name: "Step 2: Other" }));
      expect(screen.queryByTestId("notice")).toBeNull();
      expect(screen.queryByText("PMO Test written")).toBeNull();
    });
  });
});

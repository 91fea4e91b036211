/** Task pane entry: wait for Office, then render the app in the host's theme. */
import { createRoot } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import { App } from "./components/App";
import { PmoProvider } from "./state/PmoProvider";
import { allSteps } from "./steps";
import { officeFluentTheme } from "./theme";
import { officeExcelGateway } from "../excel";
import { createSolverClient } from "../worker/solverClient";
import { poolSolverClient, sharedSolverPool } from "../worker/sharedSolverPool";
import { busyNotifier } from "./busyNotifier";

function container(): HTMLElement {
  const existing = document.getElementById("container");
  if (existing) return existing;
  const div = document.createElement("div");
  div.id = "container";
  document.body.appendChild(div);
  return div;
}

Office.onReady(() => {
  const excel = officeExcelGateway((message) => busyNotifier.emit(message));
  // The page's one solver pool, shared with the PMO.* functions (warm workers, highs.wasm compiled once).
  const pool = sharedSolverPool();
  const solver = pool ? poolSolverClient(pool) : createSolverClient();
  createRoot(container()).render(
    <FluentProvider theme={officeFluentTheme()}>
      <PmoProvider excel={excel} solver={solver}>
        <App steps={allSteps()} />
      </PmoProvider>
    </FluentProvider>,
  );
});

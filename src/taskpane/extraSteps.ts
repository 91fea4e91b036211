/**
 * Steps added by other features (monitoring: status, robustness, review). Append a StepDefinition
 * with `after` naming the step it follows, e.g.
 *
 *   import { Pulse24Regular } from "@fluentui/react-icons";
 *   import { MonitorView } from "./components/Monitor";
 *   export const extraSteps: StepDefinition[] = [
 *     { id: "monitor", title: "Monitor", description: "…", icon: Pulse24Regular, component: MonitorView, after: "resources" },
 *   ];
 *
 * A view reads and writes shared state through `usePmo()` (./state/PmoContext): the tables read from
 * the workbook, the parsed portfolio, driver weights, results, `writeSheet(spec)` and `notify(...)`.
 */
import type { StepDefinition } from "./steps";

export const extraSteps: StepDefinition[] = [];

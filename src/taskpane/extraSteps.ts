/**
 * Steps added by other features (monitoring: robustness, status, review), each placed with `after`
 * naming the step it follows. A view reads and writes shared state through `usePmo()` (./state/PmoContext).
 */
import { History24Regular, Pulse24Regular, ShieldCheckmark24Regular } from "@fluentui/react-icons";
import { lazyStep } from "./lazyStep";
import type { StepDefinition } from "./stepDefinition";

// Loaded on first use, each in its own chunk (docs/taskpane.md, "Loading").
const Robustness = lazyStep(() => import("./components/Robustness"), (m) => m.Robustness);
const Monitor = lazyStep(() => import("./components/Monitor"), (m) => m.Monitor);
const Review = lazyStep(() => import("./components/Review"), (m) => m.Review);

export const extraSteps: StepDefinition[] = [
  {
    id: "robustness",
    title: "How robust?",
    description: "How far can a weight move before the top projects change, and how likely is each project to stay on top?",
    icon: ShieldCheckmark24Regular,
    component: Robustness,
    after: "optimise",
  },
  {
    id: "monitor",
    title: "Monitor",
    description: "Earned value, RAG status and trend per project, and the one-page steering dashboard.",
    icon: Pulse24Regular,
    component: Monitor,
    after: "resources",
  },
  {
    id: "review",
    title: "Review",
    description: "Snapshot this planning cycle and compare it with an earlier one.",
    icon: History24Regular,
    component: Review,
    after: "monitor",
  },
];

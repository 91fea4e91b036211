/**
 * The task pane's step list: one view per step, always reachable from the nav. Core steps are listed
 * here; other features add theirs in `extraSteps.ts` (owned by the monitoring work) with `after` to
 * place them, so neither side edits the other's file.
 */
import {
  BranchCompare24Regular,
  DataBarHorizontal24Regular,
  PeopleTeam24Regular,
  Scales24Regular,
  Share24Regular,
  TableSimple24Regular,
  Target24Regular,
} from "@fluentui/react-icons";
import { WorkbookStep } from "./components/WorkbookStep";
import { DriversStep } from "./components/DriversStep";
import { PrioritiseStep } from "./components/PrioritiseStep";
import { OptimiseStep } from "./components/OptimiseStep";
import { ResourcesStep } from "./components/ResourcesStep";
import { ShareStep } from "./components/ShareStep";
import { extraSteps } from "./extraSteps";
import { lazyStep } from "./lazyStep";
import type { StepDefinition } from "./stepDefinition";

export type { StepDefinition } from "./stepDefinition";

const ScenariosStep = lazyStep(() => import("./components/ScenariosStep"), (m) => m.ScenariosStep);

export const coreSteps: readonly StepDefinition[] = [
  {
    id: "workbook",
    title: "Workbook",
    description: "Find the portfolio tables, map columns and fix problems.",
    icon: TableSimple24Regular,
    component: WorkbookStep,
  },
  {
    id: "drivers",
    title: "Drivers",
    description: "Weigh the strategic drivers directly or by pairwise comparison.",
    icon: Scales24Regular,
    component: DriversStep,
  },
  {
    id: "prioritise",
    title: "Prioritise",
    description: "Score and rank every project against the drivers.",
    icon: DataBarHorizontal24Regular,
    component: PrioritiseStep,
  },
  {
    id: "optimise",
    title: "Optimise",
    description: "Choose the best portfolio within your limits.",
    icon: Target24Regular,
    component: OptimiseStep,
  },
  {
    id: "resources",
    title: "Resources",
    description: "Check role load against capacity and plan start shifts.",
    icon: PeopleTeam24Regular,
    component: ResourcesStep,
  },
  {
    id: "scenarios",
    title: "Scenarios",
    description: "Save the current inputs and results, and compare scenarios.",
    icon: BranchCompare24Regular,
    component: ScenariosStep,
  },
  {
    id: "share",
    title: "Share",
    description: "Freeze the add-in's results as values for stakeholders.",
    icon: Share24Regular,
    component: ShareStep,
  },
];

/** Core steps with the extra steps inserted after their `after` step (in declaration order). */
export function orderSteps(core: readonly StepDefinition[], extra: readonly StepDefinition[]): StepDefinition[] {
  const out = [...core];
  for (const step of extra) {
    if (out.some((s) => s.id === step.id)) continue;
    // Insert after the anchor and after any extras already placed behind it, keeping declaration order.
    let index = step.after ? out.findIndex((s) => s.id === step.after) : -1;
    if (index < 0) {
      out.push(step);
      continue;
    }
    while (index + 1 < out.length && out[index + 1].after === step.after && !core.includes(out[index + 1])) index++;
    out.splice(index + 1, 0, step);
  }
  return out;
}

export function allSteps(): StepDefinition[] {
  return orderSteps(coreSteps, extraSteps);
}

/** A scenario record from the pane's current inputs and results. */
import type { ScenarioRecord, ScenarioSummary } from "../excel/settings";
import type { PmoResults } from "./state/PmoContext";
import { statusText } from "../sheets/selectionSheet";

export function summaryOf(results: PmoResults): ScenarioSummary {
  const s = results.selection;
  const rolePeaks = results.allocation
    ? Object.fromEntries(Object.entries(results.allocation.load).map(([role, load]) => [role, Math.max(0, ...load)]))
    : {};
  return {
    value: s && s.status !== "infeasible" ? s.objective : 0,
    costs: s ? { ...s.totals } : {},
    selected: s ? [...s.selected] : [],
    rolePeaks,
    status: s ? statusText(s.status, s.gap) : "not optimised",
  };
}

export function scenarioRecord(
  name: string,
  results: PmoResults,
  weights: Readonly<Record<string, number>> | null,
  now: Date = new Date(),
): ScenarioRecord {
  return {
    name: name.trim(),
    savedAt: now.toISOString(),
    summary: summaryOf(results),
    inputs: { weights, weighting: results.weighting ?? null, optimise: results.optimiseInputs ?? null },
  };
}

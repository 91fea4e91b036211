/** A scenario record from the pane's current inputs and results. */
import type { ScenarioRecord, ScenarioSummary } from "../excel/settings";
import type { PmoResults } from "./state/PmoContext";
import { statusText } from "../sheets/selectionSheet";
import { rolePeaks as peaksOf } from "../engine/resources";

export function summaryOf(results: PmoResults): ScenarioSummary {
  const s = results.selection;
  const rolePeaks =
    results.allocation && results.allocationProblem ? Object.fromEntries(peaksOf(results.allocationProblem, results.allocation.load).map((p) => [p.role, p.load])) : {};
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

/** The inputs stored with a scenario, checked field by field (the JSON may come from an older version). */
export function scenarioInputs(record: ScenarioRecord): { weights: Record<string, number> | null; optimise: PmoResults["optimiseInputs"] | null } {
  const inputs = (record.inputs ?? {}) as { weights?: unknown; optimise?: unknown };
  const weights =
    inputs.weights && typeof inputs.weights === "object" && Object.values(inputs.weights).every((v) => typeof v === "number")
      ? (inputs.weights as Record<string, number>)
      : null;
  const o = inputs.optimise as PmoResults["optimiseInputs"] | null | undefined;
  const optimise = o && typeof o === "object" && o.limits && Array.isArray(o.forceIn) && Array.isArray(o.dependencies) ? o : null;
  return { weights, optimise };
}

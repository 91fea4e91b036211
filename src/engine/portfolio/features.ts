/**
 * Which product features a workbook problem stops. Each feature reads only the columns it uses, so an error in
 * one feature's columns (say Start, for Resources) leaves the others usable. An error without `blocks` stops
 * every feature (a missing Drivers table, a project without an id).
 */
import type { WorkbookProblem } from "./tableData";

export type Feature = "scoring" | "selection" | "allocation" | "monitoring" | "review";

export const FEATURES: readonly Feature[] = ["scoring", "selection", "allocation", "monitoring", "review"];

/** Names as the pane and the CLI show them ("Resources needs Start and Duration months"). */
export const FEATURE_LABELS: Readonly<Record<Feature, string>> = {
  scoring: "Scoring",
  selection: "Selection",
  allocation: "Resources",
  monitoring: "Status",
  review: "Review",
};

/** Features that use another's result: all start from the scores; Resources also keeps the selection rules. */
const NEEDS: Readonly<Record<Feature, readonly Feature[]>> = {
  scoring: [],
  selection: ["scoring"],
  allocation: ["scoring", "selection"],
  monitoring: [],
  review: ["scoring"],
};

/** Whether this problem stops `feature` (warnings never do). */
export function problemBlocks(problem: WorkbookProblem, feature: Feature): boolean {
  if (problem.severity !== "error") return false;
  if (problem.blocks === undefined) return true;
  return problem.blocks.includes(feature) || NEEDS[feature].some((f) => problem.blocks!.includes(f));
}

/** The features stopped by at least one error. */
export function blockedFeatures(problems: readonly WorkbookProblem[]): Set<Feature> {
  return new Set(FEATURES.filter((f) => problems.some((p) => problemBlocks(p, f))));
}

/** The errors that stop any of `features`. */
export function problemsBlocking(problems: readonly WorkbookProblem[], features: readonly Feature[]): WorkbookProblem[] {
  return problems.filter((p) => features.some((f) => problemBlocks(p, f)));
}

/** "Resources and Selection" for a message. */
export function featureList(features: Iterable<Feature>): string {
  const names = [...features].map((f) => FEATURE_LABELS[f]);
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/**
 * What a stopped feature is missing, from the errors that stop it: "Selection needs Projects[Benefit]" (a column
 * missing or holding bad cells), "Resources needs the Capacity table". Null when nothing stops it.
 */
export function featureNeeds(problems: readonly WorkbookProblem[], feature: Feature): string | null {
  const stopping = problemsBlocking(problems, [feature]);
  if (stopping.length === 0) return null;
  const places = [...new Set(stopping.map((p) => (p.column !== undefined ? `${p.table}[${p.column}]` : `the ${p.table} table`)))];
  const shown = places.length > 3 ? [...places.slice(0, 3), `${places.length - 3} more`] : places;
  const list = shown.length <= 1 ? shown[0]! : `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}`;
  return `${FEATURE_LABELS[feature]} needs ${list}`;
}

/**
 * The entry points every surface calls: a portfolio, the user's choices and (optionally) their weights →
 * the engine problem to solve, with the names and notes the result sheet and the user need.
 */
import type { Portfolio } from "../engine/portfolio";
import type { AllocationProblem } from "../engine/resources";
import type { SelectionProblem } from "../engine/selection";
import { defaultChoices, type WorkflowChoices } from "./choices";
import { horizonWarnings } from "./horizon";
import { projectValues, roleCapacityNote, toAllocationProblem, toSelectionProblem } from "./problems";
import { projectNames, rankPortfolio, VALUE_LABELS, type GivenWeights, type Ranking } from "./ranking";

export interface SelectionPlan {
  readonly problem: SelectionProblem;
  readonly names: Record<string, string>;
  readonly ranking: Ranking;
  /** "Score", "Benefit", "Score × benefit". */
  readonly valueLabel: string;
  /** How role capacity is checked, projects cut at the horizon: shown with the result. */
  readonly notes: readonly string[];
}

/** Selection (and frontier) of a portfolio with the user's choices and weights (default: the workbook's). */
export function selectionPlan(portfolio: Portfolio, choices: WorkflowChoices = defaultChoices(portfolio), weights: GivenWeights | null = null, ranking?: Ranking): SelectionPlan {
  const ranked = ranking ?? rankPortfolio(portfolio, { weights });
  const problem = toSelectionProblem(portfolio, ranked.detail, { choices });
  const role = roleCapacityNote(portfolio);
  return {
    problem,
    names: projectNames(portfolio),
    ranking: ranked,
    valueLabel: VALUE_LABELS[choices.valueBasis],
    notes: [...(role ? [role] : []), ...(role ? horizonWarnings(portfolio) : [])],
  };
}

export interface AllocationPlan {
  readonly problem: AllocationProblem;
  readonly names: Record<string, string>;
  readonly ranking: Ranking;
  readonly valueLabel: string;
  /** Projects cut at the Capacity horizon. */
  readonly warnings: readonly string[];
}

/**
 * Resource plan with every portfolio rule of the choices; `projects` limits it to a chosen set (the Optimise
 * step's selection), default every project.
 */
export function allocationPlan(
  portfolio: Portfolio,
  choices: WorkflowChoices = defaultChoices(portfolio),
  weights: GivenWeights | null = null,
  projects: readonly string[] | null = null,
  ranking?: Ranking,
): AllocationPlan {
  const ranked = ranking ?? rankPortfolio(portfolio, { weights });
  const values = projectValues(portfolio, ranked.detail, choices.valueBasis);
  const problem = toAllocationProblem(portfolio, values, { choices, projects });
  const chosen = projects ? new Set(projects) : null;
  const warnings = horizonWarnings({ ...portfolio, projects: portfolio.projects.filter((p) => !chosen || chosen.has(p.id)) });
  return { problem, names: projectNames(portfolio), ranking: ranked, valueLabel: VALUE_LABELS[choices.valueBasis], warnings };
}

/** Group AHP: several stakeholders' pairwise judgements → group weights, consensus and disagreements. */
import { PmoInputError } from "../../errors";
import { ahpWeights } from "../ahpWeights";
import { pairwiseMatrix } from "../pairwiseMatrix";
import type { AhpMethod } from "../types";
import { weightedGeometricMatrix, weightedMeanPriorities } from "./aggregate";
import { consensusIndicator } from "./consensus";
import { disputedPairs, priorityDistance } from "./disagreement";
import type { GroupAggregation, GroupResult, StakeholderJudgements, StakeholderResult } from "./types";

export interface GroupOptions {
  /** "aij" (default: weighted geometric mean of judgements) or "aip" (weighted mean of priorities). */
  readonly aggregation?: GroupAggregation;
  /** How each matrix becomes priorities: "eigenvector" (default) or "geometric". */
  readonly method?: AhpMethod;
  /** Item (driver) names, for messages and reports (default "1", "2", …). */
  readonly labels?: readonly string[];
  /** Table name for messages. */
  readonly table?: string;
}

/**
 * Combines the judgements of several stakeholders.
 *
 * Every matrix is validated as in {@link pairwiseMatrix}; all must have the same size. Voting weights must be
 * ≥ 0 and not all 0; they are normalised to sum 1. Each stakeholder also gets their own weights, CR and most
 * inconsistent judgements ({@link ahpWeights}); the group gets Goepel's consensus indicator, the pairs ranked
 * by disagreement, and the stakeholder whose weights are furthest from the group's.
 *
 * @throws PmoInputError for no stakeholders, matrices of different sizes or bad voting weights;
 *   PmoPairwiseError naming the stakeholder for an invalid matrix.
 * @example groupWeights([{ name: "CEO", matrix: [[1, 3], [1 / 3, 1]] }, { name: "CFO", matrix: [[1, 1 / 3], [3, 1]] }]).weights // [0.5, 0.5]
 */
export function groupWeights(stakeholders: readonly StakeholderJudgements[], options: GroupOptions = {}): GroupResult {
  const aggregation = options.aggregation ?? "aij";
  const method = options.method ?? "eigenvector";
  const table = options.table;
  if (stakeholders.length === 0) {
    throw new PmoInputError({ table }, "the judgements of at least one stakeholder", undefined, "no stakeholder has answered");
  }
  const matrices = stakeholders.map((s) => pairwiseMatrix(s.matrix, { labels: options.labels, table: stakeholderTable(table, s.name) }));
  const n = matrices[0]!.length;
  matrices.forEach((m, k) => {
    if (m.length !== n) {
      throw new PmoInputError({ table: stakeholderTable(table, stakeholders[k]!.name) }, `${n} items to compare, as for ${stakeholders[0]!.name}`, m.length);
    }
  });
  const labels = options.labels ?? matrices[0]!.map((_, i) => String(i + 1));
  const lambdas = votingShares(stakeholders, table);

  const individual = matrices.map((m) => ahpWeights(m, { method, labels }));
  let weights: number[];
  let groupMatrix: GroupResult["groupMatrix"] = null;
  if (aggregation === "aij") {
    const matrix = weightedGeometricMatrix(matrices, lambdas);
    const ahp = ahpWeights(matrix, { method, labels });
    groupMatrix = { matrix, ahp };
    weights = ahp.weights;
  } else {
    weights = weightedMeanPriorities(individual.map((r) => r.weights), lambdas);
  }

  const results: StakeholderResult[] = stakeholders.map((s, k) => ({
    name: s.name,
    weight: lambdas[k]!,
    ahp: individual[k]!,
    distance: priorityDistance(individual[k]!.weights, weights),
  }));
  const counted = results.filter((r) => r.weight > 0);
  const furthest = counted.length < 2 ? null : counted.reduce((best, r) => (r.distance > best.distance + 1e-12 ? r : best));
  return {
    aggregation,
    method,
    labels,
    weights,
    groupMatrix,
    stakeholders: results,
    consensus: consensusIndicator(individual.map((r) => r.weights), lambdas),
    disputedPairs: disputedPairs(matrices, lambdas, stakeholders.map((s) => s.name), labels),
    furthest,
  };
}

function stakeholderTable(table: string | undefined, name: string): string {
  return table ? `${table}, stakeholder '${name}'` : `stakeholder '${name}'`;
}

/** Voting weights normalised to sum 1 (default equal). */
function votingShares(stakeholders: readonly StakeholderJudgements[], table: string | undefined): number[] {
  const raw = stakeholders.map((s) => s.weight ?? 1);
  raw.forEach((w, k) => {
    if (!Number.isFinite(w) || w < 0) {
      throw new PmoInputError({ table, row: stakeholders[k]!.name, column: "Weight" }, "a stakeholder weight of 0 or more", w);
    }
  });
  const total = raw.reduce((s, w) => s + w, 0);
  if (total <= 0) throw new PmoInputError({ table, column: "Weight" }, "at least one stakeholder weight above 0", undefined, `all ${raw.length} weights are 0`);
  return raw.map((w) => w / total);
}

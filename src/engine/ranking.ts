/**
 * Ranking projects: Excel-compatible RANK.EQ and a deterministic display order with a documented tie-break.
 */
import { PmoInputError } from "./errors";

/**
 * Ranks exactly like Excel's RANK.EQ: 1 + the number of values strictly better; ties share the best rank and
 * the next rank skips (10, 20, 20, 30 descending → 4, 2, 2, 1).
 *
 * @param order "descending" (Excel's default, largest = 1) or "ascending".
 * @throws PmoInputError for a value that is not a finite number.
 * @example rankEq([10, 20, 20, 30]) // [4, 2, 2, 1]
 */
export function rankEq(values: readonly number[], order: "descending" | "ascending" = "descending"): number[] {
  values.forEach((v, i) => {
    if (typeof v !== "number" || !Number.isFinite(v)) throw new PmoInputError({ row: i + 1 }, "a number to rank", v);
  });
  const sign = order === "descending" ? -1 : 1;
  const indices = values.map((_, i) => i).sort((a, b) => sign * (values[a]! - values[b]!));
  const ranks = new Array<number>(values.length);
  for (let k = 0; k < indices.length; k++) {
    const index = indices[k]!;
    const previous = k > 0 ? indices[k - 1]! : -1;
    ranks[index] = k > 0 && values[previous] === values[index] ? ranks[previous]! : k + 1;
  }
  return ranks;
}

export interface RankedProject {
  readonly id: string;
  /** RANK.EQ of the ordering value (score, or value per cost for rankByValueForMoney); ties share a rank. */
  readonly rank: number;
  /** 1…n, unique: the row in display order after the tie-break. */
  readonly position: number;
  readonly score: number;
  readonly cost?: number;
  /** score / cost, when a cost is given. */
  readonly valuePerCost?: number;
}

export interface ScoredProject {
  readonly id: string;
  readonly score: number;
  readonly cost?: number;
}

/**
 * Projects in display order: higher score first; ties broken by higher value per cost, then lower cost
 * (a project without a cost after those with one), then id ascending by UTF-16 code units (the same on every
 * machine and locale).
 *
 * @throws PmoInputError naming the project for a duplicate id, a non-finite score or a cost ≤ 0.
 * @example rankProjects([{ id: "B", score: 50 }, { id: "A", score: 50 }]).map((p) => p.id) // ["A", "B"]
 */
export function rankProjects(items: readonly ScoredProject[]): RankedProject[] {
  const prepared = prepare(items);
  const ranks = rankEq(prepared.map((p) => p.score));
  prepared.forEach((p, i) => (p.rank = ranks[i]!));
  prepared.sort(
    (a, b) =>
      b.score - a.score ||
      compareOptional(a.valuePerCost, b.valuePerCost, -1) ||
      compareOptional(a.cost, b.cost, 1) ||
      compareIds(a.id, b.id),
  );
  return finish(prepared);
}

/**
 * The second ordering: highest value per cost (score ÷ cost) first; ties broken by higher score, then lower
 * cost, then id. `rank` is RANK.EQ of value per cost.
 *
 * @throws PmoInputError naming the project for a missing cost or cost ≤ 0, a duplicate id or a bad score.
 */
export function rankByValueForMoney(items: readonly ScoredProject[]): RankedProject[] {
  const prepared = prepare(items);
  prepared.forEach((p) => {
    if (p.valuePerCost === undefined) throw new PmoInputError({ row: p.id, column: "Cost" }, "a cost above 0", "");
  });
  const ranks = rankEq(prepared.map((p) => p.valuePerCost!));
  prepared.forEach((p, i) => (p.rank = ranks[i]!));
  prepared.sort((a, b) => b.valuePerCost! - a.valuePerCost! || b.score - a.score || a.cost! - b.cost! || compareIds(a.id, b.id));
  return finish(prepared);
}

/**
 * Value for money: score ÷ cost per project.
 * @param labels project names for errors (else the 1-based row).
 * @throws PmoInputError naming the project for a cost ≤ 0 or not a number, or arrays of different lengths.
 * @example valueForMoney([80, 40], [2, 1]) // [40, 40]
 */
export function valueForMoney(scores: readonly number[], costs: readonly number[], labels?: readonly string[]): number[] {
  if (scores.length !== costs.length) {
    throw new PmoInputError({ column: "Cost" }, `${scores.length} costs, one per score`, costs.length);
  }
  return scores.map((score, i) => {
    const cost = costs[i]!;
    if (typeof cost !== "number" || !Number.isFinite(cost) || cost <= 0) {
      throw new PmoInputError({ row: labels?.[i] ?? i + 1, column: "Cost" }, "a cost above 0", cost);
    }
    return score / cost;
  });
}

interface Working {
  id: string;
  score: number;
  cost?: number;
  valuePerCost?: number;
  rank: number;
}

function prepare(items: readonly ScoredProject[]): Working[] {
  const seen = new Set<string>();
  return items.map((item) => {
    if (seen.has(item.id)) throw new PmoInputError({ row: item.id, column: "ID" }, "a project id used only once", item.id);
    seen.add(item.id);
    if (typeof item.score !== "number" || !Number.isFinite(item.score)) {
      throw new PmoInputError({ row: item.id, column: "Score" }, "a number", item.score);
    }
    const working: Working = { id: item.id, score: item.score, rank: 0 };
    if (item.cost !== undefined) {
      working.cost = item.cost;
      working.valuePerCost = valueForMoney([item.score], [item.cost], [item.id])[0]!;
    }
    return working;
  });
}

function finish(sorted: readonly Working[]): RankedProject[] {
  return sorted.map((p, k) => {
    const ranked: { -readonly [K in keyof RankedProject]: RankedProject[K] } = { id: p.id, rank: p.rank, position: k + 1, score: p.score };
    if (p.cost !== undefined) {
      ranked.cost = p.cost;
      ranked.valuePerCost = p.valuePerCost;
    }
    return ranked;
  });
}

/** Compares optional numbers; `direction` 1 = ascending, −1 = descending; undefined always sorts last. */
function compareOptional(a: number | undefined, b: number | undefined, direction: 1 | -1): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  return direction * (a - b);
}

/** Locale-independent string order (UTF-16 code units), unlike localeCompare. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

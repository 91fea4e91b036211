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
 * machine and locale). `rank` is RANK.EQ of the score.
 *
 * @throws PmoInputError naming the project for a duplicate id, a non-finite score or a cost ≤ 0.
 * @example rankProjects([{ id: "B", score: 50 }, { id: "A", score: 50 }]).map((p) => p.id) // ["A", "B"]
 */
export function rankProjects(items: readonly ScoredProject[]): RankedProject[] {
  const { ids, score, valuePerCost, cost } = sortKeys(items);
  // A missing cost sorts as value per cost −∞ and cost +∞, i.e. after every project with a cost. (∞ − ∞ is NaN,
  // which `||` treats like 0, so two projects without a cost fall through to the next key.)
  const order = indices(items.length).sort(
    (a, b) => score[b]! - score[a]! || valuePerCost[b]! - valuePerCost[a]! || cost[a]! - cost[b]! || compareIds(ids[a]!, ids[b]!),
  );
  return numberInOrder(items, order, score);
}

/**
 * The second ordering: highest value per cost (score ÷ cost) first; ties broken by higher score, then lower
 * cost, then id. `rank` is RANK.EQ of value per cost.
 *
 * @throws PmoInputError naming the project for a missing cost or cost ≤ 0, a duplicate id or a bad score.
 */
export function rankByValueForMoney(items: readonly ScoredProject[]): RankedProject[] {
  items.forEach((p) => {
    if (p.cost === undefined) throw new PmoInputError({ row: p.id, column: "Cost" }, "a cost above 0", "");
  });
  const { ids, score, valuePerCost, cost } = sortKeys(items);
  const order = indices(items.length).sort(
    (a, b) => valuePerCost[b]! - valuePerCost[a]! || score[b]! - score[a]! || cost[a]! - cost[b]! || compareIds(ids[a]!, ids[b]!),
  );
  return numberInOrder(items, order, valuePerCost);
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

interface SortKeys {
  readonly ids: readonly string[];
  readonly score: Float64Array;
  /** score / cost, or −∞ without a cost. */
  readonly valuePerCost: Float64Array;
  /** cost, or +∞ without a cost. */
  readonly cost: Float64Array;
}

/** Validates the items and lays their sort keys out in typed arrays (sorting indices over them is fast). */
function sortKeys(items: readonly ScoredProject[]): SortKeys {
  const n = items.length;
  const seen = new Set<string>();
  const ids = new Array<string>(n);
  const score = new Float64Array(n);
  const valuePerCost = new Float64Array(n);
  const cost = new Float64Array(n);
  items.forEach((item, i) => {
    if (seen.has(item.id)) throw new PmoInputError({ row: item.id, column: "ID" }, "a project id used only once", item.id);
    seen.add(item.id);
    if (typeof item.score !== "number" || !Number.isFinite(item.score)) {
      throw new PmoInputError({ row: item.id, column: "Score" }, "a number", item.score);
    }
    ids[i] = item.id;
    score[i] = item.score;
    if (item.cost === undefined) {
      valuePerCost[i] = -Infinity;
      cost[i] = Infinity;
    } else {
      if (typeof item.cost !== "number" || !Number.isFinite(item.cost) || item.cost <= 0) {
        throw new PmoInputError({ row: item.id, column: "Cost" }, "a cost above 0", item.cost);
      }
      valuePerCost[i] = item.score / item.cost;
      cost[i] = item.cost;
    }
  });
  return { ids, score, valuePerCost, cost };
}

function indices(n: number): number[] {
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order;
}

/**
 * The ranked projects in `order`, which is sorted by `key` descending first: position is 1…n; an item tied on
 * `key` with the one before it shares its rank, otherwise its rank is its position (RANK.EQ skips after ties).
 */
function numberInOrder(items: readonly ScoredProject[], order: readonly number[], key: Float64Array): RankedProject[] {
  const ranked = new Array<RankedProject>(order.length);
  let rank = 0;
  order.forEach((index, k) => {
    const item = items[index]!;
    if (k === 0 || key[order[k - 1]!] !== key[index]) rank = k + 1;
    ranked[k] =
      item.cost === undefined
        ? { id: item.id, rank, position: k + 1, score: item.score }
        : { id: item.id, rank, position: k + 1, score: item.score, cost: item.cost, valuePerCost: item.score / item.cost };
  });
  return ranked;
}

/** Locale-independent string order (UTF-16 code units), unlike localeCompare. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

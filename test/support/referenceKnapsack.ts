/**
 * Reads the published knapsack instances in test/fixtures/reference/knapsack (see its README) as
 * SelectionProblems: items are projects I1..In, each weight row a cost limit c0..c(m-1).
 */
import * as fs from "fs";
import * as path from "path";
import type { SelectionProblem } from "../../src/engine/selection/types";

export const REFERENCE_DIR = path.resolve(__dirname, "..", "fixtures", "reference");

export interface KnapsackInstance {
  readonly source: string;
  readonly n: number;
  readonly m: number;
  readonly values: readonly number[];
  readonly weights: readonly (readonly number[])[];
  readonly capacities: readonly number[];
  readonly optimum: number;
  readonly solution: readonly number[];
}

export function referenceFile(...parts: string[]): string {
  return path.join(REFERENCE_DIR, ...parts);
}

export function readKnapsack(file: string): KnapsackInstance {
  return JSON.parse(fs.readFileSync(referenceFile("knapsack", file), "utf8")) as KnapsackInstance;
}

export function knapsackFiles(): string[] {
  return fs.readdirSync(referenceFile("knapsack")).filter((f) => f.endsWith(".json")).sort();
}

/** The instance as a selection problem (weights[j][i] = cost of item i on limit c_j). */
export function knapsackProblem(k: Pick<KnapsackInstance, "values" | "weights" | "capacities">): SelectionProblem {
  return {
    projects: k.values.map((value, i) => ({
      id: `I${i + 1}`,
      value,
      costs: Object.fromEntries(k.weights.map((row, j) => [`c${j}`, row[i]!])),
    })),
    limits: Object.fromEntries(k.capacities.map((c, j) => [`c${j}`, c])),
  };
}

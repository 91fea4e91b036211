import { baselineSentence } from "./baselineSentence";
import type { BaselineResult } from "./types";

const words = { number: (x: number) => x.toFixed(1), percent: (s: number) => `${(s * 100).toFixed(1)}%` };
const greedy = (objective: number, optimum: number, feasible: boolean): BaselineResult => ({
  name: "value-per-cost greedy",
  selected: [],
  objective,
  valueLeftOnTable: optimum - objective,
  feasible,
});

test("a baseline that breaks a rule says so and nothing about value it would leave (never a negative amount)", () => {
  const s = baselineSentence(greedy(1246.2, 1210, false), 1210, words);
  expect(s).toBe("Picking by value per cost instead would break at least one rule, so it is no alternative.");
  expect(s).not.toMatch(/leave|-\d/);
});

test("a feasible baseline states the value it leaves and the share", () => {
  expect(baselineSentence(greedy(1100, 1210, true), 1210, words)).toBe("Picking by value per cost instead would leave 110.0 of value on the table (9.1% less).");
});

test("a feasible baseline with the same value, or more than an unproven best, is said as such", () => {
  expect(baselineSentence(greedy(1210, 1210, true), 1210, words)).toBe("Picking by value per cost instead would reach the same value.");
  expect(baselineSentence(greedy(1220, 1210, true), 1210, words)).toMatch(/^Picking by value per cost instead would find 10.0 more value: this portfolio is the best found/);
});

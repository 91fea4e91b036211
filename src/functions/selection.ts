/**
 * =PMO.SELECT and =PMO.FRONTIER: optimal portfolio selection with HiGHS (asynchronous functions, solved in
 * a Web Worker where the runtime has one: see solveOffThread.ts).
 * Projects are identified by their row in `values` ("row 3"); cost limits by their column in `costs`
 * ("costs column 1"), which is how conflict messages name them.
 */
import { isBlankCell } from "../engine/cellValues";
import { efficientFrontier, selectPortfolio, type SelectionProblem, type SelectionProject } from "../engine/selection";
import { cancellationOf } from "./cancellation";
import { excelCallAsync, NoAnswerError, toExcelError } from "./excelErrors";
import { solveOffThread } from "./solveOffThread";
import {
  ArgumentError,
  asRange,
  cellNumber,
  isBlankRow,
  numberVector,
  trimTrailingBlankRows,
  vectorCells,
  widest,
} from "./ranges";

const projectId = (row: number): string => `row ${row}`;
const limitName = (column: number): string => `costs column ${column}`;

/** Values and per-limit costs of the projects; costs has one row per project and one column per limit. */
function readProjects(values: unknown, costs: unknown): { projects: SelectionProject[]; limits: number } {
  const valueList = numberVector(values, "values", "a project value (a number)");
  const costRows = trimTrailingBlankRows(asRange(costs));
  if (costRows.length !== valueList.length) {
    throw new ArgumentError("costs", {}, `${valueList.length} rows, one per value`, undefined, `it has ${costRows.length}`);
  }
  const limits = widest(costRows);
  const projects = valueList.map((value, i) => {
    const row = costRows[i]!;
    const projectCosts: Record<string, number> = {};
    for (let c = 0; c < limits; c++) {
      projectCosts[limitName(c + 1)] = cellNumber(row[c], "costs", { row: i + 1, column: c + 1 }, "a cost (a number)");
    }
    return { id: projectId(i + 1), value, costs: projectCosts };
  });
  return { projects, limits };
}

/** Forced decisions: In / 1 / TRUE = must be selected, Out / 0 / FALSE = must not, blank = free. */
function readForced(forced: unknown, count: number): { forceIn: string[]; forceOut: string[] } {
  const forceIn: string[] = [];
  const forceOut: string[] = [];
  if (forced === undefined || forced === null) return { forceIn, forceOut };
  const { cells } = vectorCells(forced, "forced");
  if (cells.length > count) {
    throw new ArgumentError("forced", { row: cells.length }, `at most ${count} rows, one per project`, cells[cells.length - 1]);
  }
  cells.forEach((cell, i) => {
    if (isBlankCell(cell)) return;
    const word = typeof cell === "string" ? cell.trim().toLowerCase().replace(/^forced?\s*/, "") : cell;
    if (word === "in" || word === 1 || word === "1" || word === true) forceIn.push(projectId(i + 1));
    else if (word === "out" || word === 0 || word === "0" || word === false) forceOut.push(projectId(i + 1));
    else throw new ArgumentError("forced", { row: i + 1 }, "In, Out, 1, 0 or a blank cell", cell);
  });
  return { forceIn, forceOut };
}

/** Dependencies: two columns, each row "project row A requires project row B" (1-based rows of values). */
function readDependencies(dependencies: unknown, count: number): [string, string][] {
  if (dependencies === undefined || dependencies === null) return [];
  const rows = trimTrailingBlankRows(asRange(dependencies));
  if (rows.length === 1 && isBlankRow(rows[0]!)) return [];
  const pairs: [string, string][] = [];
  rows.forEach((row, r) => {
    if (isBlankRow(row)) return;
    if (row.length < 2) {
      throw new ArgumentError("dependencies", {}, "two columns: a project's row and the row of the project it requires");
    }
    const [a, b] = [0, 1].map((c) => {
      const n = cellNumber(row[c], "dependencies", { row: r + 1, column: c + 1 }, `a project row number from 1 to ${count}`);
      if (!Number.isInteger(n) || n < 1 || n > count) {
        throw new ArgumentError("dependencies", { row: r + 1, column: c + 1 }, `a project row number from 1 to ${count}`, row[c]);
      }
      return n;
    }) as [number, number];
    pairs.push([projectId(a), projectId(b)]);
  });
  return pairs;
}

function readProblem(values: unknown, costs: unknown, limits: unknown, forced?: unknown, dependencies?: unknown): SelectionProblem {
  const { projects, limits: limitCount } = readProjects(values, costs);
  const amounts = numberVector(limits, "limits", "a limit amount (a number)");
  if (amounts.length !== limitCount) {
    throw new ArgumentError("limits", {}, `${limitCount} amounts, one per costs column`, undefined, `there are ${amounts.length}`);
  }
  const limitRecord: Record<string, number> = {};
  amounts.forEach((amount, k) => (limitRecord[limitName(k + 1)] = amount));
  return {
    projects,
    limits: limitRecord,
    ...readForced(forced, projects.length),
    requires: readDependencies(dependencies, projects.length),
  };
}

/**
 * The portfolio with the most total value within the cost limits (an exact 0/1 optimisation with HiGHS): 1 = select the project, 0 = do not.
 * @customfunction SELECT
 * @param values A column with the value of each project (e.g. its alignment score or benefit).
 * @param costs One row per project and one column per cost limit (e.g. CapEx and OpEx).
 * @param limits The amount available for each costs column (a row or a column, in the order of the costs columns).
 * @param [forced] Optional column, one row per project: In (or 1) = must be selected, Out (or 0) = must not, blank = free.
 * @param [dependencies] Optional two columns of project row numbers: each row "A, B" means the project in row A can only be selected with the project in row B.
 * @returns A column of 1 (selected) and 0, one per project. #N/A with the reason when the constraints cannot all hold.
 */
export async function select(
  values: unknown[][],
  costs: unknown[][],
  limits: unknown[][],
  forced?: unknown[][],
  dependencies?: unknown[][],
  invocation?: CustomFunctions.CancelableInvocation,
): Promise<number[][]> {
  const cancellation = cancellationOf(invocation);
  return excelCallAsync(async () => {
    const problem = readProblem(values, costs, limits, forced, dependencies);
    const result = await solveOffThread("select", problem, cancellation, () =>
      selectPortfolio(problem, { isCancelled: cancellation.isCancelled }),
    );
    if (result.status === "infeasible") {
      const reasons = result.conflicts.map((c) => c.message);
      throw new NoAnswerError(reasons.length > 0 ? reasons.join(" ") : "No selection satisfies every constraint.");
    }
    const chosen = new Set(result.selected);
    return problem.projects.map((p) => [chosen.has(p.id) ? 1 : 0]);
  });
}

/**
 * The efficient frontier: the best total value reachable at each budget, and how many projects reach it.
 * @customfunction FRONTIER
 * @param values A column with the value of each project.
 * @param costs A column with the cost of each project (the cost the budgets limit).
 * @param budgets A column (or row) of budget amounts to evaluate.
 * @returns A table with one row per budget and three columns: budget, best total value, number of projects selected.
 */
export async function frontier(
  values: unknown[][],
  costs: unknown[][],
  budgets: unknown[][],
  invocation?: CustomFunctions.CancelableInvocation,
): Promise<unknown[][]> {
  const cancellation = cancellationOf(invocation);
  return excelCallAsync(async () => {
    const { projects, limits } = readProjects(values, costs);
    if (limits !== 1) {
      throw new ArgumentError("costs", {}, "a single column of costs", undefined, `the range has ${limits} columns`);
    }
    const amounts = numberVector(budgets, "budgets", "a budget amount (a number)");
    const problem: SelectionProblem = { projects, limits: { [limitName(1)]: amounts.reduce((a, b) => Math.max(a, b), -Infinity) } };
    const limit = limitName(1);
    const result = await solveOffThread("frontier", { problem, limit, budgets: amounts }, cancellation, () =>
      efficientFrontier(problem, { limit, budgets: amounts, isCancelled: cancellation.isCancelled }),
    );
    const byBudget = new Map(result.points.map((p) => [p.budget, p]));
    return amounts.map((budget) => {
      const point = byBudget.get(budget);
      if (!point || point.status === "infeasible") {
        const noAnswer = toExcelError(new NoAnswerError(`No selection fits a budget of ${budget}.`));
        return [budget, noAnswer, noAnswer];
      }
      return [budget, point.objective, point.count];
    });
  });
}

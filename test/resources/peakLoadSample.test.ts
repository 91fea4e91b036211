/**
 * One figure, one value: on the sample workbook, after selection and staffing, the Dashboard, the Resources
 * step's table and PMO Resources give each role the same peak load and month (issue 15, item 4: the
 * Dashboard showed Developer 11 in 2027-08 where the Resources step showed 13.0 in 2027-05).
 */
import * as path from "path";
import { readTablesFromFile } from "../../src/cli/xlsx/readTables";
import { dashboardData } from "../../src/engine/monitoring/dashboard";
import { statusReport } from "../../src/engine/monitoring/statusReport";
import { toAllocationProblem, toSelectionProblem } from "../../src/workflow";
import { readPortfolio } from "../../src/engine/portfolio/readPortfolio";
import { scorePortfolio } from "../../src/engine/portfolio/scorePortfolio";
import { allocateResources, rolePeaks } from "../../src/engine/resources";
import { selectPortfolio } from "../../src/engine/selection";
import { blockByHeader } from "../../src/sheets/cellAt";
import { dashboardSheet } from "../../src/sheets/dashboardSheet";
import { resourcesSheet } from "../../src/sheets/resourcesSheet";

test("Dashboard and PMO Resources agree on every role's peak load on the sample", async () => {
  const tables = (await readTablesFromFile(path.resolve(__dirname, "..", "..", "assets", "sample-portfolio.xlsx"))).tables;
  const portfolio = readPortfolio(tables).portfolio!;
  const scores = scorePortfolio(portfolio);
  const selection = await selectPortfolio(toSelectionProblem(portfolio, scores));
  const chosen = new Set(selection.selected);
  // As the task pane plans it: the selected projects, their links among themselves.
  const all = toAllocationProblem(portfolio, portfolio.projects.map(() => 1), { selectionConstraints: false });
  const problem = { ...all, projects: all.projects.filter((p) => chosen.has(p.id)), finishToStart: (all.finishToStart ?? []).filter(([a, b]) => chosen.has(a) && chosen.has(b)) };
  const result = await allocateResources(problem);
  const expected = rolePeaks(problem, result.load);
  expect(expected.length).toBeGreaterThan(0);

  const dashboard = dashboardData({ portfolio, status: statusReport(portfolio.status), selection, allocation: { problem, result } });
  expect(dashboard.rolePlan).toBe("the staffed plan");
  expect(dashboard.rolePeaks.map((r) => [r.role, r.peakMonth, r.load])).toEqual(expected.map((p) => [p.role, p.monthLabel, p.load]));

  const sheetPeaks = blockByHeader(resourcesSheet({ problem, result }), "Peak load")!.slice(1);
  expect(sheetPeaks.map((r) => [r[0], r[1], r[2]])).toEqual(expected.map((p) => [p.role, p.monthLabel, p.load]));
  const dashboardRows = blockByHeader(dashboardSheet(dashboard), "Role")!.slice(1);
  expect(dashboardRows.map((r) => [r[0], r[4], r[1]])).toEqual(expected.map((p) => [p.role, p.monthLabel, p.load]));
});

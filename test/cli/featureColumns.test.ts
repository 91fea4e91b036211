/**
 * Each command asks only for its feature's columns, on a workbook written by openpyxl that holds just the
 * scoring columns (test/fixtures/workbooks/openpyxl-minimal.xlsx: Drivers; Projects with Project, Name, Cost
 * and one impact column per driver): scoring runs, and every command that needs more says which column and how.
 */
import * as path from "path";
import { repoRoot, run } from "./helpers";

const minimal = path.join(repoRoot, "test", "fixtures", "workbooks", "openpyxl-minimal.xlsx");

describe("a workbook with only the scoring columns", () => {
  it("scores", async () => {
    const r = await run(["score", minimal, "--json"]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(JSON.parse(r.stdout).ranking).toHaveLength(5);
  });

  it.each([
    ["select", "benefit", "benefit"],
    ["select", "scoreTimesBenefit", "score × benefit"],
    ["frontier", "benefit", "benefit"],
    ["frontier", "scoreTimesBenefit", "score × benefit"],
  ])("%s --value %s names the missing Benefit column and the fix, in one line", async (command, basis, words) => {
    const r = await run([command, minimal, "--value", basis]);
    expect(r.code).toBe(1);
    expect(r.stderr.split("\n")).toHaveLength(1);
    expect(r.stderr).toContain(
      `table Projects: column 'Benefit' is missing; Selection maximises ${words} (--value ${basis}) and needs it: add a Benefit column to Projects, or choose the value basis score`,
    );
  });

  it("select by score and robustness need nothing more", async () => {
    const select = await run(["select", minimal, "--value", "score"]);
    expect([select.code, select.stderr]).toEqual([0, ""]);
    expect(select.stdout).toMatch(/^Status: optimal/);
    const robustness = await run(["robustness", minimal, "--draws", "200"]);
    expect([robustness.code, robustness.stderr]).toEqual([0, ""]);
  });

  it("allocate and status name the table they need", async () => {
    const allocate = await run(["allocate", minimal]);
    expect(allocate.code).toBe(1);
    expect(allocate.stderr).toContain("table Capacity: resource allocation needs a Capacity table with one row per role and one column per month");
    const status = await run(["status", minimal]);
    expect(status.code).toBe(1);
    expect(status.stderr).toContain("table Status: the workbook has no Status rows");
  });
});

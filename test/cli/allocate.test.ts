import ExcelJS from "exceljs";
import * as path from "path";
import type { AllocationProblem } from "../../src/engine/resources/types";
import { unstaffedReasons } from "../../src/engine/resources";
import { readReference, referenceDir, run, tempDir, writeJson } from "./helpers";

// Start-shift reference case: test/fixtures/reference/cases/start-shift-6x6x2.json, answers free 325,
// ±1 month 305, fixed starts 225, greedy 210 (exhaustive enumeration, cross-checked with CBC).
const ref = readReference<{ problem: AllocationProblem; answers: Record<string, { value: number; selected: string[] }> }>("cases", "start-shift-6x6x2.json");

describe("pmo-align allocate (JSON problem)", () => {
  const dir = tempDir();
  const file = writeJson(dir, "shift.json", ref.problem);

  const cases: [string[], string][] = [
    [[], "free"],
    [["--shift", "1"], "shift1"],
    [["--shift", "0"], "fixed"],
  ];
  it.each(cases)("finds the published optimum with %j", async (flags, answer) => {
    const r = await run(["allocate", file, ...flags, "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.status).toBe("optimal");
    expect(json.objective).toBe(ref.answers[answer].value);
    expect(json.schedule.map((s: { id: string }) => s.id).sort()).toEqual([...ref.answers[answer].selected].sort());
    expect(json.baseline.objective).toBe(ref.answers.greedy.value);
    // Every role-month within capacity in the reported load.
    for (const [role, load] of Object.entries(json.load as Record<string, number[]>)) {
      load.forEach((l, t) => expect(l).toBeLessThanOrEqual(ref.problem.capacity[role][t] + 1e-9));
    }
    expect(Object.keys(json)).toEqual(expect.arrayContaining(["status", "objective", "gap", "schedule", "unstaffed", "load", "deficit", "baseline", "hiring"]));
  });

  it("accepts the reference file itself (problem wrapped in {problem}) and prints a readable summary", async () => {
    const r = await run(["allocate", file, "--shift", "1"]);
    expect(r.stdout).toContain("Staffed value 305 of 325: 5 of 6 projects; priority allocation 210 (+95 from optimising)");
    expect(r.stdout).toContain("Unstaffed: P2 (20)");
    const wrapped = await run(["allocate", path.join(referenceDir, "cases", "start-shift-6x6x2.json"), "--json"]);
    expect(JSON.parse(wrapped.stdout).objective).toBe(325);
  });

  it("writes PMO Resources with the shift plan when --out is given", async () => {
    const out = path.join(dir, "staffed.xlsx");
    const r = await run(["allocate", file, "--shift", "0", "--out", out]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("PMO Resources")!;
    expect(ws.getCell("A4").value).toBe("Load (FTE)");
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const p4 = rows.find((row) => row[0] === "P4" && row.length >= 7)!;
    // Project, Name, Value, Planned start, New start, Shift, Staffed: P4 stays out with fixed starts.
    expect([p4[2], p4[3], p4[6]]).toEqual([80, "2027-05", "no"]);
    const p1 = rows.find((row) => row[0] === "P1" && row.length >= 7)!;
    expect([p1[3], p1[4], p1[5], p1[6]]).toEqual(["2027-05", "2027-05", 0, "yes"]);
  });

  it("says why each unstaffed project is out, in the sentence PMO Resources and the pane's banner show", async () => {
    const out = path.join(dir, "why.xlsx");
    const r = await run(["allocate", file, "--shift", "1", "--out", out]);
    expect(r.code).toBe(0);
    const expected = unstaffedReasons({ ...ref.problem, maxShift: 1 }, JSON.parse((await run(["allocate", file, "--shift", "1", "--json"])).stdout));
    expect(expected.map((x) => x.id)).toEqual(["P2"]);
    const lines = r.stdout.split("\n");
    expect(lines[lines.indexOf("Unstaffed: P2 (20)") + 1]).toBe(`  ${expected[0]!.sentence}`);
    expect(expected[0]!.sentence).toMatch(/^P2 /);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sheetSentences: string[] = [];
    wb.getWorksheet("PMO Resources")!.eachRow((row) => row.eachCell((c) => typeof c.value === "string" && c.value.startsWith("P2 ") && sheetSentences.push(c.value)));
    expect(sheetSentences).toEqual([expected[0]!.sentence]);
    const json = JSON.parse((await run(["allocate", file, "--shift", "1", "--json"])).stdout);
    expect(json.unstaffedReasons).toEqual(expected);
  });

  it("rejects a bad --shift and a malformed problem", async () => {
    expect((await run(["allocate", file, "--shift", "soon"])).code).toBe(2);
    const bad = writeJson(dir, "bad.json", { ...ref.problem, projects: [{ ...ref.problem.projects[0], duration: "two" }] });
    const r = await run(["allocate", bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("duration");
    expect(r.stderr.split("\n")).toHaveLength(1);
  });
});

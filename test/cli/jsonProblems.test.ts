/**
 * JSON problems are checked as strictly as workbooks, by the same engine validator: negative costs, misspelt
 * limit names, totals that overflow and reserved names each end in one message and exit 1; a UTF-8 BOM is
 * accepted.
 */
import * as fs from "fs";
import * as path from "path";
import { run, tempDir, writeJson } from "./helpers";

const dir = tempDir("pmo-json-");

describe("select and allocate refuse JSON that a workbook could not express", () => {
  it("a negative cost", async () => {
    const file = writeJson(dir, "neg.json", { projects: [{ id: "A", value: 5, costs: { capex: -100 } }, { id: "B", value: 9, costs: { capex: 50 } }], limits: { capex: 10 } });
    const r = await run(["select", file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("pmo-align select: projects[0] (A): cost 'capex' -100 is negative; costs must be 0 or more.");
  });

  it("a misspelt limit name, naming both sides", async () => {
    const file = writeJson(dir, "typo.json", { projects: [{ id: "A", value: 5, costs: { capex: 8 } }, { id: "B", value: 9, costs: { capex: 50 } }], limits: { capx: 10 } });
    const r = await run(["select", file, "--json"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("Cost 'capex' (on A, B) is not one of the limits (capx); check its spelling.");
    expect(r.stderr).toContain("Limit 'capx' is not named in any project's costs");
  });

  it("values whose total overflows", async () => {
    const file = path.join(dir, "big.json");
    fs.writeFileSync(file, '{"projects":[{"id":"A","value":1e308,"costs":{"capex":8}},{"id":"B","value":1e308,"costs":{"capex":5}}],"limits":{"capex":20}}');
    const r = await run(["select", file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("The projects' values add up to more than the largest number");
    expect(r.stderr).not.toMatch(/NaN|unexpected/);
  });

  it.each(["__proto__", "constructor"])("the limit name %s, without an unexpected error", async (name) => {
    const file = path.join(dir, `${name}.json`);
    fs.writeFileSync(file, `{"projects":[{"id":"A","value":5,"costs":{"${name}":8}}],"limits":{"${name}":10}}`);
    for (const command of ["select", "frontier"]) {
      const r = await run([command, file]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`Limit name '${name}' is a reserved name; please rename it.`);
      expect(r.stderr).not.toContain("unexpected");
    }
  });

  it("an allocation problem's negative cost under a limit", async () => {
    const file = writeJson(dir, "alloc.json", {
      months: ["2027-01", "2027-02"],
      capacity: { Dev: [2, 2] },
      projects: [
        { id: "A", value: 5, duration: 1, start: 0, demand: { Dev: [1] }, costs: { capex: -3 } },
        { id: "B", value: 4, duration: 1, start: 1, demand: { Dev: [1] }, costs: { capex: 4 } },
      ],
      limits: { capex: 3 },
    });
    const r = await run(["allocate", file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("cost 'capex' -3 is negative");
  });
});

it("reads a JSON problem saved with a UTF-8 byte-order mark", async () => {
  const file = path.join(dir, "bom.json");
  fs.writeFileSync(file, "\uFEFF" + JSON.stringify({ projects: [{ id: "A", value: 5, costs: { capex: 8 } }], limits: { capex: 10 } }));
  const r = await run(["select", file, "--json"]);
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout).selected).toEqual(["A"]);
});

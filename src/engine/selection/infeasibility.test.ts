/** Infeasible problems are explained in words naming the projects and the limit that conflict. */
import { selectPortfolio } from "./selectPortfolio";
import type { SelectionProblem, SelectionProject } from "./types";

const project = (id: string, capex: number, value = 10, extra: Partial<SelectionProject> = {}): SelectionProject => ({ id, value, costs: { capex }, ...extra });

const portfolio: SelectionProject[] = [
  project("P1", 200_000),
  project("P2", 300_000),
  project("P3", 500_000),
  project("P4", 100_000),
  project("P5", 250_000),
  project("P6", 150_000),
  project("P7", 700_000),
  project("P8", 50_000),
];

describe("infeasibility explanations", () => {
  it("names the forced-in projects and the limit they exceed, with both amounts", async () => {
    const r = await selectPortfolio({ projects: portfolio, limits: { capex: 1_000_000 }, forceIn: ["P3", "P7", "P8"], requires: [["P1", "P2"]] });
    expect(r.status).toBe("infeasible");
    expect(r.conflicts).toHaveLength(1);
    const c = r.conflicts[0]!;
    // P8 is forced in but P3 and P7 alone already break the limit: the smallest set leaves P8 out.
    expect([...c.constraints].sort()).toEqual(["forceIn:P3", "forceIn:P7", "limit:capex"]);
    expect(c.message).toBe("Forced-in projects P3 and P7 need 1.2M of capex; the capex limit is 1.0M.");
    expect(r.selected).toEqual([]);
    expect(r.gap).toBeNull();
    expect(r.baselines).toBeNull();
  });

  it("follows requirements: a forced-in project and what it requires", async () => {
    const r = await selectPortfolio({ projects: portfolio, limits: { capex: 600_000 }, forceIn: ["P1"], requires: [["P1", "P3"]] });
    expect(r.status).toBe("infeasible");
    const c = r.conflicts[0]!;
    expect([...c.constraints].sort()).toEqual(["forceIn:P1", "limit:capex", "requires:P1>P3"]);
    expect(c.message).toContain("P1 is forced in");
    expect(c.message).toContain("P1 requires P3");
    expect(c.message).toContain("700k of capex");
    expect(c.message).toContain("the capex limit is 600k");
  });

  it("explains a minimum count that the budget cannot pay for", async () => {
    const r = await selectPortfolio({ projects: portfolio, limits: { capex: 400_000 }, minProjects: 4 });
    const c = r.conflicts[0]!;
    expect([...c.constraints].sort()).toEqual(["limit:capex", "minProjects"]);
    // The four cheapest are P8, P4, P6 and P1: 500k.
    expect(c.message).toBe("At least 4 projects must be selected; together they need at least 500k of capex, but the capex limit is 400k.");
  });

  it("explains role capacity shortfalls", async () => {
    const problem: SelectionProblem = {
      projects: [project("A", 1, 5, { roleDemand: { Dev: 20 } }), project("B", 1, 5, { roleDemand: { Dev: 15 } }), project("C", 1, 5, { roleDemand: { Dev: 1 } })],
      limits: { capex: 10 },
      roleCapacity: { Dev: 30 },
      forceIn: ["A", "B"],
    };
    const r = await selectPortfolio(problem);
    expect(r.conflicts[0]!.message).toBe("Forced-in projects A and B need 35 of Dev capacity; Dev capacity is 30.");
  });

  it("explains category shares that cannot be met", async () => {
    const problem: SelectionProblem = {
      projects: [project("R1", 100, 5, { category: "Run" }), project("G1", 500, 5, { category: "Grow" }), project("G2", 300, 5, { category: "Grow" })],
      limits: { capex: 1000 },
      forceIn: ["G1"],
      categoryShares: [{ limit: "capex", category: "Run", min: 0.3 }],
    };
    const r = await selectPortfolio(problem);
    expect(r.status).toBe("infeasible");
    const c = r.conflicts[0]!;
    expect([...c.constraints].sort()).toEqual(["forceIn:G1", "share:capex:Run:min"]);
    expect(c.message).toBe("These constraints cannot all hold: G1 is forced in; at least 30% of capex spend must go to Run.");
  });

  it("reports contradictions among forced decisions and dependencies in words, without looping on cycles", async () => {
    const r = await selectPortfolio({
      projects: portfolio,
      limits: { capex: 5_000_000 },
      forceIn: ["P1"],
      forceOut: ["P4"],
      requires: [["P1", "P2"], ["P2", "P3"], ["P3", "P2"], ["P3", "P4"]],
    });
    expect(r.status).toBe("infeasible");
    expect(r.conflicts).toEqual([
      {
        constraints: ["forceIn:P1", "requires:P1>P2", "requires:P2>P3", "requires:P3>P4", "forceOut:P4"],
        message: "Forced-in P1 requires P2, which requires P3, which requires P4; but P4 is forced out.",
      },
    ]);
    expect(r.warnings).toEqual(["P2 requires P3 requires P2: a cycle of requirements, so P2 and P3 can only be selected together."]);
  });

  it("reports two forced-in members of an exclusive group", async () => {
    const r = await selectPortfolio({ projects: portfolio, limits: { capex: 5_000_000 }, forceIn: ["P1", "P5"], together: [["P5", "P6"]], exclusive: [["P1", "P6", "P7"]] });
    expect(r.status).toBe("infeasible");
    expect(r.conflicts).toHaveLength(1);
    expect(r.conflicts[0]!.constraints).toEqual(["forceIn:P1", "forceIn:P5", "together:P5,P6", "exclusive:P1,P6,P7"]);
    expect(r.conflicts[0]!.message).toBe("P1 is forced in and forced-in P5 goes together with P6; but at most one of P1, P6 and P7 may be selected.");
  });
});

/**
 * fast-check generator of small allocation problems (brute force stays under a few thousand plans):
 * 4–6 months, 1–2 roles, 2–5 projects with windows, integer demand, optional acyclic finish-to-start
 * links and, when asked, selection constraints (a cost limit, an exclusive pair, a requirement).
 */
import fc from "fast-check";
import type { AllocationProblem, AllocationProject } from "../../src/engine/resources/types";

export function allocationProblemArb(options: { withSelection?: boolean } = {}): fc.Arbitrary<AllocationProblem> {
  return fc
    .record({ months: fc.integer({ min: 4, max: 6 }), roles: fc.integer({ min: 1, max: 2 }), projects: fc.integer({ min: 2, max: 5 }) })
    .chain(({ months, roles, projects }) => {
      const roleNames = ["Dev", "Analyst"].slice(0, roles);
      const project = (i: number): fc.Arbitrary<AllocationProject> =>
        fc.integer({ min: 1, max: Math.min(3, months) }).chain((duration) =>
          fc
            .record({
              value: fc.integer({ min: 1, max: 50 }),
              a: fc.integer({ min: 0, max: months - duration }),
              b: fc.integer({ min: 0, max: months - duration }),
              pick: fc.integer({ min: 0, max: 1000 }),
              demand: fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: duration, maxLength: duration }), { minLength: roles, maxLength: roles }),
              capex: fc.integer({ min: 1, max: 5 }),
            })
            .map(({ value, a, b, pick, demand, capex }) => {
              const earliestStart = Math.min(a, b);
              const latestStart = Math.max(a, b);
              return {
                id: `P${i + 1}`,
                value,
                duration,
                start: earliestStart + (pick % (latestStart - earliestStart + 1)),
                earliestStart,
                latestStart,
                demand: Object.fromEntries(roleNames.map((r, k) => [r, demand[k]])),
                costs: { capex },
              };
            }),
        );
      return fc.record({
        capacity: fc.array(fc.array(fc.oneof({ arbitrary: fc.integer({ min: 1, max: 4 }), weight: 4 }, { arbitrary: fc.constant(0), weight: 1 }), { minLength: months, maxLength: months }), { minLength: roles, maxLength: roles }),
        projects: fc.tuple(...Array.from({ length: projects }, (_, i) => project(i))),
        // Links only from a lower to a higher index, so the graph is acyclic.
        links: fc.array(fc.tuple(fc.integer({ min: 0, max: projects - 1 }), fc.integer({ min: 0, max: projects - 1 })), { maxLength: 2 }),
        limit: fc.integer({ min: 2, max: 12 }),
        maxShift: fc.constantFrom<number | null>(0, 1, 2, null),
      }).map(({ capacity, projects: ps, links, limit, maxShift }): AllocationProblem => {
        const finishToStart = links.filter(([a, b]) => a < b).map(([a, b]) => [`P${a + 1}`, `P${b + 1}`] as const);
        const selection = options.withSelection
          ? { limits: { capex: limit }, exclusive: [["P1", "P2"]], requires: [[`P${projects}`, "P1"] as const] }
          : {};
        return {
          months: Array.from({ length: months }, (_, t) => `M${t}`),
          capacity: Object.fromEntries(roleNames.map((r, k) => [r, capacity[k]])),
          projects: ps,
          maxShift,
          finishToStart,
          ...selection,
        };
      });
    });
}

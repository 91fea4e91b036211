/**
 * fast-check fields for the shape of a small random SelectionProblem (see randomSelection.ts): few enough
 * projects for brute force, every kind of rule. Spread into fc.record and add a test's own fields.
 */
import fc from "fast-check";

export const selectionShapeFields = {
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  projects: fc.integer({ min: 4, max: 10 }),
  limits: fc.integer({ min: 1, max: 3 }),
  tightness: fc.double({ min: 0.2, max: 0.8, noNaN: true }),
  requires: fc.integer({ min: 0, max: 4 }),
  together: fc.integer({ min: 0, max: 1 }),
  exclusive: fc.integer({ min: 0, max: 2 }),
  forceIn: fc.integer({ min: 0, max: 1 }),
  forceOut: fc.integer({ min: 0, max: 1 }),
  countLimits: fc.boolean(),
  categoryShares: fc.boolean(),
  roles: fc.integer({ min: 0, max: 1 }),
};

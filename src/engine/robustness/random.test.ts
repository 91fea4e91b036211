import { createRandom, sampleDirichlet } from "./random";

describe("seeded random numbers", () => {
  it("repeats the same stream for the same seed and differs for another seed", () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const sa = Array.from({ length: 20 }, () => a.nextUint32());
    const sb = Array.from({ length: 20 }, () => b.nextUint32());
    const sc = Array.from({ length: 20 }, () => c.nextUint32());
    expect(sa).toEqual(sb);
    expect(sa).not.toEqual(sc);
  });

  it("gives uniform numbers with mean 1/2 and variance 1/12", () => {
    const r = createRandom(1);
    const n = 200_000;
    let sum = 0;
    let sq = 0;
    let inside = true;
    for (let i = 0; i < n; i++) {
      const u = r.nextOpen01();
      inside &&= u > 0 && u < 1;
      sum += u;
      sq += u * u;
    }
    expect(inside).toBe(true);
    const mean = sum / n;
    expect(mean).toBeCloseTo(0.5, 2);
    expect(sq / n - mean * mean).toBeCloseTo(1 / 12, 3);
  });

  it.each([0.3, 1, 2.5, 20])("draws Gamma(%p) with mean = shape and variance = shape", (shape) => {
    const r = createRandom(7);
    const n = 100_000;
    let sum = 0;
    let sq = 0;
    for (let i = 0; i < n; i++) {
      const g = r.nextGamma(shape);
      sum += g;
      sq += g * g;
    }
    const mean = sum / n;
    const variance = sq / n - mean * mean;
    // Standard error of the mean is sqrt(shape/n); allow 5 of them.
    expect(Math.abs(mean - shape)).toBeLessThan(5 * Math.sqrt(shape / n));
    expect(Math.abs(variance - shape) / shape).toBeLessThan(0.05);
  });

  it("draws Dirichlet weights that sum to 1 with the stated mean and variance", () => {
    const r = createRandom(3);
    const mean = [0.5, 0.3, 0.2, 0];
    const concentration = 50;
    const out = new Float64Array(4);
    const n = 50_000;
    let worstSumError = 0;
    let lastAlwaysZero = true;
    const sums = [0, 0, 0, 0];
    const sq = [0, 0, 0, 0];
    for (let i = 0; i < n; i++) {
      sampleDirichlet(r, mean, concentration, out);
      worstSumError = Math.max(worstSumError, Math.abs(out[0] + out[1] + out[2] + out[3] - 1));
      lastAlwaysZero &&= out[3] === 0;
      for (let j = 0; j < 4; j++) {
        sums[j] += out[j];
        sq[j] += out[j] * out[j];
      }
    }
    expect(worstSumError).toBeLessThan(1e-12);
    expect(lastAlwaysZero).toBe(true);
    for (let j = 0; j < 3; j++) {
      const m = sums[j] / n;
      expect(m).toBeCloseTo(mean[j], 2);
      const expectedVar = (mean[j] * (1 - mean[j])) / (concentration + 1);
      expect(Math.abs(sq[j] / n - m * m - expectedVar) / expectedVar).toBeLessThan(0.05);
    }
  });
});

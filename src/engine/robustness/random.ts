/**
 * Reproducible random numbers for the Monte Carlo analyses. xoshiro128** (Blackman & Vigna, 2018): 128 bits
 * of state, period 2^128 − 1, passes BigCrush, and needs only 32-bit integer arithmetic, so it is fast in
 * JavaScript. The 32-bit seed is expanded into the state with splitmix32, so nearby seeds give unrelated
 * streams. Same seed, same numbers, on every platform.
 */

export interface Random {
  /** Uniform integer in [0, 2^32). */
  nextUint32(): number;
  /** Uniform number in the open interval (0, 1), never exactly 0 or 1 (safe for logarithms). */
  nextOpen01(): number;
  /** Standard normal (mean 0, variance 1), Marsaglia's polar method. */
  nextNormal(): number;
  /** Gamma(shape, 1) by Marsaglia & Tsang (2000); shape < 1 boosted by U^(1/shape). shape 0 gives 0. */
  nextGamma(shape: number): number;
}

/** Seeded generator. Seeds are taken modulo 2^32 (non-integers are truncated). */
export function createRandom(seed: number): Random {
  let s = Math.trunc(seed) >>> 0;
  const splitmix = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  if ((a | b | c | d) === 0) a = 1; // the all-zero state is the one fixed point

  const nextUint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result;
  };
  const nextOpen01 = (): number => (nextUint32() + 0.5) / 4294967296;
  let spareNormal: number | null = null;
  const nextNormal = (): number => {
    if (spareNormal !== null) {
      const z = spareNormal;
      spareNormal = null;
      return z;
    }
    for (;;) {
      const u = 2 * nextOpen01() - 1;
      const v = 2 * nextOpen01() - 1;
      const q = u * u + v * v;
      if (q > 0 && q < 1) {
        const f = Math.sqrt((-2 * Math.log(q)) / q);
        spareNormal = v * f;
        return u * f;
      }
    }
  };
  const nextGamma = (shape: number): number => {
    if (!(shape > 0)) return 0;
    if (shape < 1) return nextGamma(shape + 1) * Math.pow(nextOpen01(), 1 / shape);
    const dd = shape - 1 / 3;
    const cc = 1 / Math.sqrt(9 * dd);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = nextNormal();
        v = 1 + cc * x;
      } while (v <= 0);
      v = v * v * v;
      const u = nextOpen01();
      if (u < 1 - 0.0331 * x * x * x * x) return dd * v;
      if (Math.log(u) < 0.5 * x * x + dd * (1 - v + Math.log(v))) return dd * v;
    }
  };
  return { nextUint32, nextOpen01, nextNormal, nextGamma };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/**
 * Dirichlet draw with mean `mean` (weights summing to 1) and concentration `concentration`:
 * α_j = concentration × mean_j, so each weight's variance is mean_j(1 − mean_j)/(concentration + 1).
 * Zero weights stay zero. Writes into `out`.
 */
export function sampleDirichlet(random: Random, mean: ArrayLike<number>, concentration: number, out: Float64Array): void {
  let total = 0;
  for (let j = 0; j < mean.length; j++) {
    const g = random.nextGamma(concentration * mean[j]);
    out[j] = g;
    total += g;
  }
  if (total > 0) {
    for (let j = 0; j < mean.length; j++) out[j] /= total;
  } else {
    for (let j = 0; j < mean.length; j++) out[j] = mean[j];
  }
}

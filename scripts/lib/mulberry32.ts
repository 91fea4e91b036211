/**
 * mulberry32: a small, fast, seeded generator for reproducible fixtures, sample workbooks and benchmarks.
 * The engine's own Monte Carlo uses xoshiro128** (src/engine/robustness/random.ts); this one only makes data,
 * and must not change: the committed sample workbooks are generated from it byte for byte.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

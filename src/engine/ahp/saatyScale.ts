/** Saaty's fundamental 1–9 scale and its reciprocals, for suggestions and for showing judgements. */

/** 1/9 … 1/2, 1, 2 … 9 in increasing order. */
export const SAATY_SCALE: readonly number[] = Object.freeze([
  ...[9, 8, 7, 6, 5, 4, 3, 2].map((k) => 1 / k),
  1,
  2, 3, 4, 5, 6, 7, 8, 9,
]);

/**
 * The scale value nearest to `target` on a log scale, so 3 and 1/3 are treated alike
 * (targets beyond 9 or below 1/9 map to the ends).
 * @example nearestSaatyValue(2.6) // 3
 */
export function nearestSaatyValue(target: number): number {
  const logTarget = Math.log(target);
  let best = 1;
  let bestDistance = Infinity;
  for (const value of SAATY_SCALE) {
    const distance = Math.abs(Math.log(value) - logTarget);
    if (distance < bestDistance) {
      best = value;
      bestDistance = distance;
    }
  }
  return best;
}

/** A judgement as a user would write it: "3", "1/3", else 4 significant digits ("2.5", "0.4167"). */
export function formatJudgement(value: number): string {
  const nearInteger = (x: number) => Math.abs(x - Math.round(x)) <= 1e-9 * Math.max(1, Math.abs(x));
  if (value >= 1 && nearInteger(value)) return String(Math.round(value));
  if (value > 0 && value < 1 && nearInteger(1 / value)) return `1/${Math.round(1 / value)}`;
  return String(Number(value.toPrecision(4)));
}

/** Small helpers that turn ids and amounts into the words of conflict messages and warnings. */

/** "P1", "P1 and P2", "P1, P2 and P3". */
export function listIds(ids: readonly string[]): string {
  if (ids.length <= 1) return ids[0] ?? "";
  return `${ids.slice(0, -1).join(", ")} and ${ids[ids.length - 1]}`;
}

/** Amounts as PMO analysts write them: 1.2M, 1.0M, 1.05M, 950k, 14, 2.5. */
export function formatAmount(x: number): string {
  const abs = Math.abs(x);
  if (abs >= 1e9) return `${decimals(x / 1e9, 2, 1)}B`;
  if (abs >= 1e6) return `${decimals(x / 1e6, 2, 1)}M`;
  if (abs >= 1e4) return `${decimals(x / 1e3, 1, 0)}k`;
  return decimals(x, 2, 0);
}

/** At most `max` and at least `min` decimals. */
function decimals(v: number, max: number, min: number): string {
  let s = v.toFixed(max);
  while (s.includes(".") && s.endsWith("0") && s.length - s.indexOf(".") - 1 > min) s = s.slice(0, -1);
  return s.endsWith(".") ? s.slice(0, -1) : s;
}

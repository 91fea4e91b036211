/** "Did you mean …?" suggestions for mistyped headers, table names, ids and setting keys. */
import { normaliseHeader } from "./template";

/** Optimal-string-alignment distance: edits, with a swap of two neighbours counting as one ("Cots" → "Cost"). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/**
 * The candidate closest to `typed` (compared as normalised headers, at least 3 characters), when close enough to be a likely typo:
 * at most a third of the letters differ (minimum 1, 2 for words of 5+ letters), or one is a prefix of
 * the other with at least 4 letters in common.
 */
export function closestMatch(typed: string, candidates: readonly string[]): string | undefined {
  const t = normaliseHeader(typed);
  // One or two letters are too short for a suggestion to mean anything ('C' → 'A').
  if (t.length < 3) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const c = normaliseHeader(candidate);
    if (c === "" || c === t) continue;
    const distance = editDistance(t, c);
    const allowed = Math.max(t.length >= 5 ? 2 : 1, Math.floor(Math.min(t.length, c.length) / 3));
    const prefix = Math.min(t.length, c.length) >= 4 && (c.startsWith(t) || t.startsWith(c));
    if ((distance <= allowed || prefix) && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

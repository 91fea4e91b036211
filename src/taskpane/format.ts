/** Numbers for the user's locale (Office's display language, else the browser's). */

export function userLocale(): string {
  const office = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
  return office || (typeof navigator !== "undefined" ? navigator.language : "en-US");
}

const cache = new Map<string, Intl.NumberFormat>();

function formatter(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${userLocale()}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(userLocale(), options);
    cache.set(key, f);
  }
  return f;
}

export function formatNumber(x: number, digits = 0): string {
  return formatter({ maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(x);
}

export function formatFixed(x: number, digits: number): string {
  return formatter({ maximumFractionDigits: digits, minimumFractionDigits: digits }).format(x);
}

export function formatPercent(fraction: number, digits = 0): string {
  return formatter({ style: "percent", maximumFractionDigits: digits, minimumFractionDigits: digits }).format(fraction);
}

/** Compact amounts for summaries: 1.2M, 350K (locale-aware). */
export function formatAmount(x: number): string {
  return formatter({ notation: "compact", maximumFractionDigits: 1 }).format(x);
}

/** Parse a number typed in the user's locale ("1.234,5" in de-DE, "1,234.5" in en-US); null when not a number. */
export function parseLocaleNumber(text: string): number | null {
  const parts = formatter({ useGrouping: true }).formatToParts(12345.6);
  const group = parts.find((p) => p.type === "group")?.value ?? ",";
  const decimal = parts.find((p) => p.type === "decimal")?.value ?? ".";
  const cleaned = text.trim().split(group).join("").replace(/\s/g, "").split(decimal).join(".");
  if (cleaned === "" || !/^-?\d*\.?\d+(e-?\d+)?$/i.test(cleaned)) return null;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : null;
}

/** Plain-text output for the terminal: aligned tables and number formatting, colour only on a TTY. */

export type Align = "left" | "right";

export interface TableColumn {
  readonly header: string;
  /** Numbers default to right, text to left. */
  readonly align?: Align;
}

/**
 * Render rows as aligned columns with a dashed rule under the header. Cells are strings already
 * formatted by the caller; `color` underlines the header with ANSI bold instead of nothing else.
 */
export function formatTable(
  columns: readonly (TableColumn | string)[],
  rows: readonly (readonly (string | number)[])[],
  opts: { color?: boolean; indent?: string } = {},
): string[] {
  const cols = columns.map((c) => (typeof c === "string" ? { header: c } : c));
  const text = rows.map((r) => r.map((c) => (typeof c === "number" ? formatNumber(c) : c)));
  const aligns: Align[] = cols.map(
    (c, j) => c.align ?? (rows.length > 0 && rows.every((r) => typeof r[j] === "number" || isNumeric(String(r[j]))) ? "right" : "left"),
  );
  // reduce, not Math.max(...rows): a spread of one argument per project overflows the stack at 200,000.
  const widths = cols.map((c, j) => text.reduce((w, r) => Math.max(w, (r[j] ?? "").length), c.header.length));
  const pad = (s: string, j: number) => (aligns[j] === "right" ? s.padStart(widths[j]) : s.padEnd(widths[j]));
  const indent = opts.indent ?? "";
  const line = (cells: readonly string[]) => indent + cells.map((c, j) => pad(c, j)).join("  ").trimEnd();
  const header = line(cols.map((c) => c.header));
  const out = [opts.color ? `\u001b[1m${header}\u001b[22m` : header];
  out.push(indent + widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of text) out.push(line(r));
  return out;
}

function isNumeric(s: string): boolean {
  return /^[-+]?[\d,]*\.?\d+(e[-+]?\d+)?%?$/i.test(s.trim()) || s.trim() === "";
}

/** Up to `digits` decimals, thousands separators, no trailing zeros noise for integers. */
export function formatNumber(n: number, digits = 2): string {
  if (!Number.isFinite(n)) return String(n);
  const rounded = Number(n.toFixed(digits));
  return rounded.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

/** Bold text on a colour terminal, plain otherwise. */
export function bold(s: string, color: boolean | undefined): string {
  return color ? `\u001b[1m${s}\u001b[22m` : s;
}

/**
 * CPLEX LP text of a LinearModel, read by HiGHS and by the native CBC (CoinLpIO). Ranged rows are
 * written as two rows (CoinLpIO has no ranges) and long expressions are wrapped below 510 characters.
 */
import type { LinearModel, LinearTerm } from "./linearModel";

const TERMS_PER_LINE = 8;

/** The model as CPLEX LP text. */
export function toLpFormat(model: LinearModel): string {
  const vars = model.variables;
  const fallback = vars[0]?.name;
  const out: string[] = [model.sense === "max" ? "Maximize" : "Minimize"];
  const objectiveTerms = vars.filter((v) => v.objective !== 0).map((v) => ({ variable: v.name, coefficient: v.objective }));
  out.push(expression(" obj:", objectiveTerms, fallback));
  out.push("Subject To");
  for (const row of model.constraints) {
    const lower = row.lower;
    const upper = row.upper;
    if (lower === -Infinity && upper === Infinity) continue;
    if (lower === upper) {
      out.push(`${expression(` ${row.name}:`, row.terms, fallback)} = ${num(upper)}`);
    } else {
      const both = lower !== -Infinity && upper !== Infinity;
      if (lower !== -Infinity) out.push(`${expression(` ${row.name}${both ? "_lo" : ""}:`, row.terms, fallback)} >= ${num(lower)}`);
      if (upper !== Infinity) out.push(`${expression(` ${row.name}${both ? "_up" : ""}:`, row.terms, fallback)} <= ${num(upper)}`);
    }
  }
  out.push("Bounds");
  for (const v of vars) {
    if (v.lower === -Infinity && v.upper === Infinity) out.push(` ${v.name} free`);
    else if (v.lower === v.upper) out.push(` ${v.name} = ${num(v.lower)}`);
    else {
      const lo = v.lower === -Infinity ? "-inf" : num(v.lower);
      const up = v.upper === Infinity ? "+inf" : num(v.upper);
      out.push(` ${lo} <= ${v.name} <= ${up}`);
    }
  }
  const integers = vars.filter((v) => v.kind !== "continuous").map((v) => v.name);
  if (integers.length > 0) {
    out.push("Generals");
    for (let i = 0; i < integers.length; i += TERMS_PER_LINE) out.push(` ${integers.slice(i, i + TERMS_PER_LINE).join(" ")}`);
  }
  out.push("End", "");
  return out.join("\n");
}

/** An expression wrapped over several lines; an empty one becomes `0 x` (readers reject empty rows). */
function expression(head: string, terms: readonly LinearTerm[], fallback: string | undefined): string {
  const parts = terms.map((t, i) => {
    const sign = t.coefficient < 0 ? "-" : i === 0 ? "" : "+";
    return `${sign} ${num(Math.abs(t.coefficient))} ${t.variable}`.trim();
  });
  if (parts.length === 0) parts.push(fallback === undefined ? "0 dummy" : `0 ${fallback}`);
  const lines: string[] = [];
  for (let i = 0; i < parts.length; i += TERMS_PER_LINE) lines.push(parts.slice(i, i + TERMS_PER_LINE).join(" "));
  return `${head} ${lines.join("\n   ")}`;
}

/** Plain decimal text (no exponent), exact for the doubles users type. */
function num(x: number): string {
  if (Number.isInteger(x) && Math.abs(x) < 1e21) return x.toFixed(0);
  const s = String(x);
  if (!/e/i.test(s)) return s;
  return x.toFixed(20).replace(/0+$/, "").replace(/\.$/, "");
}

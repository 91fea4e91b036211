/**
 * A small linear (mixed-integer) model builder shared by portfolio selection and resource allocation.
 * Names are sanitised on entry so the same model can be written as CPLEX LP text for any solver.
 */

export type VariableKind = "binary" | "integer" | "continuous";
export type ObjectiveSense = "max" | "min";

/** One coefficient of a linear expression, naming the variable returned by `addVariable`. */
export interface LinearTerm {
  readonly variable: string;
  readonly coefficient: number;
}

export interface Variable {
  readonly name: string;
  readonly kind: VariableKind;
  readonly lower: number;
  readonly upper: number;
  /** Objective coefficient. */
  readonly objective: number;
}

/** lower ≤ Σ terms ≤ upper; a missing side is unbounded. */
export interface LinearConstraint {
  readonly name: string;
  readonly terms: readonly LinearTerm[];
  readonly lower: number;
  readonly upper: number;
}

export interface VariableOptions {
  readonly lower?: number;
  readonly upper?: number;
  readonly objective?: number;
}

export interface ConstraintBounds {
  readonly lower?: number;
  readonly upper?: number;
}

const RESERVED = new Set([
  "st", "subject", "to", "such", "that", "bound", "bounds", "bin", "binary", "binaries", "gen", "general", "generals",
  "integer", "integers", "semi", "semis", "semi-continuous", "free", "inf", "infinity", "end", "max", "min",
  "maximize", "minimize", "maximise", "minimise", "maximum", "minimum", "obj",
]);

/**
 * A name every LP reader accepts: letters, digits and underscores, starting with a letter other than
 * e/E (which readers can take for an exponent), and not an LP keyword.
 */
export function sanitiseName(raw: string): string {
  let name = raw.replace(/[^A-Za-z0-9_]/g, "_");
  if (name === "" || !/^[A-Za-df-zA-DF-Z]/.test(name) || RESERVED.has(name.toLowerCase())) name = `v_${name}`;
  return name.length > 200 ? name.slice(0, 200) : name;
}

/**
 * Builder for `max/min Σ c·x subject to lower ≤ Σ a·x ≤ upper`, with binary, integer and continuous
 * variables. Variable and constraint names are made unique and LP-safe; use the returned names in terms.
 *
 * @example
 * const m = new LinearModel("max");
 * const a = m.addVariable("P1", "binary", { objective: 16 });
 * m.addConstraint("capex", [{ variable: a, coefficient: 5 }], { upper: 14 });
 */
export class LinearModel {
  readonly sense: ObjectiveSense;
  private readonly vars: Variable[] = [];
  private readonly index = new Map<string, number>();
  private readonly rows: LinearConstraint[] = [];
  private readonly rowNames = new Set<string>();

  constructor(sense: ObjectiveSense = "max") {
    this.sense = sense;
  }

  get variables(): readonly Variable[] {
    return this.vars;
  }

  get constraints(): readonly LinearConstraint[] {
    return this.rows;
  }

  /** Adds a variable and returns its (sanitised, unique) name. Binary variables have bounds [0, 1]. */
  addVariable(name: string, kind: VariableKind, options: VariableOptions = {}): string {
    const unique = uniqueName(sanitiseName(name), (n) => this.index.has(n));
    const lower = kind === "binary" ? Math.max(0, options.lower ?? 0) : options.lower ?? 0;
    const upper = kind === "binary" ? Math.min(1, options.upper ?? 1) : options.upper ?? Infinity;
    checkNumber(lower, `lower bound of ${unique}`, true);
    checkNumber(upper, `upper bound of ${unique}`, true);
    const objective = options.objective ?? 0;
    checkNumber(objective, `objective coefficient of ${unique}`, false);
    this.index.set(unique, this.vars.length);
    this.vars.push({ name: unique, kind, lower, upper, objective });
    return unique;
  }

  hasVariable(name: string): boolean {
    return this.index.has(name);
  }

  /** Column position of a variable (the order of `variables`). */
  indexOf(name: string): number {
    const i = this.index.get(name);
    if (i === undefined) throw new RangeError(`Unknown variable '${name}' in the linear model.`);
    return i;
  }

  /** Sets (replaces) the objective coefficient of a variable. */
  setObjective(variable: string, coefficient: number): void {
    checkNumber(coefficient, `objective coefficient of ${variable}`, false);
    const i = this.indexOf(variable);
    this.vars[i] = { ...this.vars[i]!, objective: coefficient };
  }

  /** Changes a variable's bounds (e.g. to force a binary to 1). */
  setBounds(variable: string, lower: number, upper: number): void {
    const i = this.indexOf(variable);
    this.vars[i] = { ...this.vars[i]!, lower, upper };
  }

  /**
   * Adds `lower ≤ Σ terms ≤ upper` and returns its unique name. Terms naming the same variable are
   * summed; zero coefficients are dropped.
   */
  addConstraint(name: string, terms: readonly LinearTerm[], bounds: ConstraintBounds): string {
    const unique = uniqueName(sanitiseName(name), (n) => this.rowNames.has(n));
    const merged = new Map<string, number>();
    for (const t of terms) {
      this.indexOf(t.variable);
      checkNumber(t.coefficient, `coefficient of ${t.variable} in ${unique}`, false);
      merged.set(t.variable, (merged.get(t.variable) ?? 0) + t.coefficient);
    }
    const lower = bounds.lower ?? -Infinity;
    const upper = bounds.upper ?? Infinity;
    if (Number.isNaN(lower) || Number.isNaN(upper)) throw new RangeError(`Constraint ${unique} has a NaN bound.`);
    this.rowNames.add(unique);
    this.rows.push({
      name: unique,
      terms: [...merged].filter(([, c]) => c !== 0).map(([variable, coefficient]) => ({ variable, coefficient })),
      lower,
      upper,
    });
    return unique;
  }

  /** Objective value of an assignment (missing variables count as 0). */
  evaluate(values: ReadonlyMap<string, number>): number {
    let total = 0;
    for (const v of this.vars) total += v.objective * (values.get(v.name) ?? 0);
    return total;
  }

  /** Largest violation of any bound or constraint by an assignment (0 when it is feasible). */
  maxViolation(values: ReadonlyMap<string, number>): number {
    let worst = 0;
    for (const v of this.vars) {
      const x = values.get(v.name) ?? 0;
      worst = Math.max(worst, v.lower - x, x - v.upper);
      if (v.kind !== "continuous") worst = Math.max(worst, Math.abs(x - Math.round(x)));
    }
    for (const r of this.rows) {
      let activity = 0;
      for (const t of r.terms) activity += t.coefficient * (values.get(t.variable) ?? 0);
      worst = Math.max(worst, r.lower - activity, activity - r.upper);
    }
    return worst;
  }
}

function uniqueName(base: string, taken: (name: string) => boolean): string {
  if (!taken(base)) return base;
  for (let k = 2; ; k++) {
    const candidate = `${base}_${k}`;
    if (!taken(candidate)) return candidate;
  }
}

function checkNumber(x: number, what: string, infiniteAllowed: boolean): void {
  if (Number.isNaN(x) || (!infiniteAllowed && !Number.isFinite(x))) {
    throw new RangeError(`The ${what} must be a finite number, not ${x}.`);
  }
}

/**
 * Typed failures of the engine. Every message names what the user typed and where, so a custom
 * function can show it as an Excel error value and the CLI and task pane can print it verbatim.
 */

/** Where in the workbook (or JSON document) a bad value sits. All parts are optional. */
export interface CellLocation {
  /** Excel table name, e.g. "Projects", or a JSON path such as "projects[3]". */
  readonly table?: string;
  /** 1-based data row inside the table (header excluded), or the project id when clearer. */
  readonly row?: number | string;
  /** Column header as the user wrote it. */
  readonly column?: string;
}

/** Base class: every engine error carries a user-facing message. */
export class PmoError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** A value the user supplied is missing, of the wrong type or out of range. */
export class PmoInputError extends PmoError {
  readonly location: CellLocation;
  readonly expected: string;
  readonly found: unknown;

  constructor(location: CellLocation, expected: string, found?: unknown, detail?: string) {
    super(PmoInputError.describe(location, expected, found, detail));
    this.location = location;
    this.expected = expected;
    this.found = found;
  }

  static describe(location: CellLocation, expected: string, found?: unknown, detail?: string): string {
    const where = describeLocation(location);
    const what = found === undefined ? "" : `${formatFound(found)} is not valid; `;
    const tail = detail ? ` (${detail})` : "";
    return `${where}${what}expected ${expected}${tail}`;
  }
}

/** A required table or column is absent. */
export class PmoMissingDataError extends PmoError {
  readonly location: CellLocation;
  constructor(location: CellLocation, message: string) {
    super(`${describeLocation(location)}${message}`);
    this.location = location;
  }
}

/** AHP judgements that are not a valid reciprocal matrix. */
export class PmoPairwiseError extends PmoInputError {}

/** A computation whose result would be undefined (e.g. a zero denominator in earned value). */
export class PmoComputationError extends PmoError {
  readonly quantity: string;
  constructor(quantity: string, message: string) {
    super(`${quantity}: ${message}`);
    this.quantity = quantity;
  }
}

/** Dependencies or forced decisions that contradict each other (cycles, in-and-out at once). */
export class PmoConstraintError extends PmoError {
  /** Every contradiction found, each a sentence. */
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(problems.join("; "));
    this.problems = problems;
  }
}

/** The solver failed for a reason other than the model (wasm not loadable, internal error). */
export class PmoSolverError extends PmoError {}

/** Work cancelled by the user. */
export class PmoCancelledError extends PmoError {
  constructor(what = "The calculation") {
    super(`${what} was cancelled.`);
  }
}

export function describeLocation(location: CellLocation): string {
  const parts: string[] = [];
  if (location.table) parts.push(`table ${location.table}`);
  if (location.row !== undefined) parts.push(`row ${location.row}`);
  if (location.column) parts.push(`column '${location.column}'`);
  return parts.length ? `${parts.join(", ")}: ` : "";
}

function formatFound(found: unknown): string {
  if (found === null || found === "") return "an empty cell";
  if (typeof found === "string") return `'${found}'`;
  return String(found);
}

/**
 * Turns engine failures into Excel error values, so a bad input shows as #VALUE! with a message that names
 * the cell instead of an exception escaping to the host (cf. HyperFormula's typed error values).
 *
 * Mapping (documented in docs/functions.md):
 *   PmoInputError (incl. pairwise), PmoMissingDataError, PmoConstraintError → #VALUE! with the message
 *   PmoComputationError (a zero denominator)                              → #DIV/0! (Excel allows no message)
 *   PmoSolverError, PmoCancelledError, an infeasible model                 → #N/A with the message
 *   anything else (a bug)                                                  → #VALUE! "Unexpected error: …"
 */
import {
  PmoCancelledError,
  PmoComputationError,
  PmoError,
  PmoSolverError,
} from "../engine/errors";

/** Excel shows at most this many characters of a custom error message. */
export const MAX_MESSAGE_LENGTH = 255;

/** A failure that has no answer rather than a wrong input (e.g. constraints that cannot all hold). */
export class NoAnswerError extends PmoError {}

export function clipMessage(message: string): string {
  return message.length <= MAX_MESSAGE_LENGTH ? message : `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…`;
}

/** The Excel error value for a thrown error. */
export function toExcelError(error: unknown): CustomFunctions.Error {
  if (error instanceof CustomFunctions.Error) return error;
  if (error instanceof PmoComputationError) return new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
  if (error instanceof PmoSolverError || error instanceof PmoCancelledError || error instanceof NoAnswerError) {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, clipMessage(error.message));
  }
  if (error instanceof PmoError) {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, clipMessage(error.message));
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, clipMessage(`Unexpected error: ${detail}`));
}

/**
 * Runs a function body and throws its failure as an Excel error value, which the custom functions runtime
 * shows in the cell (a thrown CustomFunctions.Error becomes that error value).
 */
export function excelCall<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    throw toExcelError(error);
  }
}

/** The async form of {@link excelCall}: the promise rejects with the Excel error value. */
export async function excelCallAsync<T>(body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * A stand-in for the CustomFunctions global that Excel provides (ErrorCode enum + Error class), so the
 * function wrappers can run under jest. Import it before the functions under test.
 */
enum ErrorCode {
  invalidValue = "#VALUE!",
  notAvailable = "#N/A",
  divisionByZero = "#DIV/0!",
  invalidNumber = "#NUM!",
  nullReference = "#NULL!",
  invalidName = "#NAME?",
  invalidReference = "#REF!",
}

class ExcelError {
  constructor(
    readonly code: ErrorCode,
    readonly message?: string,
  ) {}
}

(globalThis as Record<string, unknown>).CustomFunctions = {
  ErrorCode,
  Error: ExcelError,
  associate: () => undefined,
};

/** Runs `fn` and returns the Excel error value it throws (fails the test if it does not throw one). */
export function excelErrorOf(fn: () => unknown): { code: string; message?: string } {
  try {
    fn();
  } catch (error) {
    if (error instanceof ExcelError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error("expected an Excel error value, but the function returned normally");
}

/** The async form: awaits `promise` and returns the Excel error value it rejects with. */
export async function excelErrorOfAsync(promise: Promise<unknown>): Promise<{ code: string; message?: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ExcelError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error("expected an Excel error value, but the promise resolved");
}

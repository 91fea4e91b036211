/**
 * Excel rejects every batch while the user is editing a cell (InvalidOperationInCellEditMode).
 * Wait and retry the whole batch, telling the user what is happening.
 */

export interface RetryOptions {
  /** Called before each wait with a sentence for the user. */
  readonly onBusy?: (message: string) => void;
  readonly attempts?: number;
  readonly delayMs?: number;
}

export const CELL_EDIT_MESSAGE =
  "Excel is busy because a cell is being edited. Press Enter or Esc in the sheet; PMO Align will retry.";

export function isCellEditModeError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "InvalidOperationInCellEditMode";
}

export async function withCellEditRetry<T>(batch: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 20;
  const delayMs = options.delayMs ?? 1000;
  for (let attempt = 1; ; attempt++) {
    try {
      return await batch();
    } catch (error) {
      if (!isCellEditModeError(error) || attempt >= attempts) throw error;
      options.onBusy?.(CELL_EDIT_MESSAGE);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}

/**
 * Excel cancels a running asynchronous function when its cell is edited, deleted or recalculated, or when
 * the user stops a calculation; the optimisation should stop then rather than run to its time limit.
 */

export interface Cancellation {
  /** For the in-process engine's `isCancelled` option (checked between solver calls). */
  readonly isCancelled: () => boolean;
  /** Aborted when Excel cancels the call: terminates the call's solver worker at once. */
  readonly signal: AbortSignal;
}

/** The cancellation of one call, tied to Excel's invocation. */
export function cancellationOf(invocation?: CustomFunctions.CancelableInvocation): Cancellation {
  const controller = new AbortController();
  if (invocation) invocation.onCanceled = () => controller.abort();
  return { isCancelled: () => controller.signal.aborted, signal: controller.signal };
}

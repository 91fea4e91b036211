/**
 * Excel cancels a running asynchronous function when its cell is edited, deleted or recalculated, or when
 * the user stops a calculation; the optimisation should stop then rather than run to its time limit.
 */

/** A cancellation check for the engine's `isCancelled` option, tied to Excel's invocation. */
export function cancellationOf(invocation?: CustomFunctions.CancelableInvocation): () => boolean {
  let cancelled = false;
  if (invocation) invocation.onCanceled = () => (cancelled = true);
  return () => cancelled;
}

/**
 * Bridges "Excel is in cell-edit mode, retrying" from the Excel gateway (created before React) to the
 * notice bar: the provider subscribes, the gateway emits.
 */
type Listener = (message: string) => void;

const listeners = new Set<Listener>();

export const busyNotifier = {
  emit(message: string): void {
    for (const l of listeners) l(message);
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

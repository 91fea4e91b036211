/**
 * A step view loaded on first use, in its own chunk: the later steps (robustness, monitor, review, scenarios)
 * and their sheets and engines stay out of the task pane's first download.
 */
import * as React from "react";

export function lazyStep<M>(load: () => Promise<M>, pick: (module: M) => React.ComponentType): React.LazyExoticComponent<React.ComponentType> {
  return React.lazy(async () => ({ default: pick(await load()) }));
}

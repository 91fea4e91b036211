/**
 * Lets a view open another step (e.g. Prioritise → "How robust is this?"). The App shell provides it;
 * a view rendered without the shell (component tests of one view) gets null and hides its links.
 */
import * as React from "react";

export interface StepNavigation {
  /** Ids of the steps in the nav, in order. */
  readonly stepIds: readonly string[];
  /** Opens the step with this id (ignored when there is none). */
  goTo(stepId: string): void;
}

export const StepNavigationContext = React.createContext<StepNavigation | null>(null);

export function useStepNavigation(): StepNavigation | null {
  return React.useContext(StepNavigationContext);
}

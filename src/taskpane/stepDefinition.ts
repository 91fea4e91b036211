/** What a task pane step is: shared by the core step list (steps.ts) and other features' steps (extraSteps.ts). */
import type { ComponentType } from "react";
import type { FluentIcon } from "@fluentui/react-icons";

export interface StepDefinition {
  /** Stable id, used in the nav and by `after`. */
  readonly id: string;
  /** Short nav label in the user's words. */
  readonly title: string;
  /** One sentence shown under the view's heading. */
  readonly description: string;
  readonly icon: FluentIcon;
  /**
   * The view; reads shared state with `usePmo()` from ./state/PmoContext. May be React.lazy: the shell renders
   * it inside Suspense, so later steps load on first use (see lazyStep).
   */
  readonly component: ComponentType;
  /** Insert after the step with this id; appended at the end when absent or unknown. */
  readonly after?: string;
}

/**
 * "How robust is this?" on the Prioritise and Optimise steps: opens the robustness view focused on what the
 * user just produced, the ranking (top-k probabilities) or the selection (also the core index: how often
 * each project stays in the re-optimised portfolio).
 */
import * as React from "react";
import { Button } from "@fluentui/react-components";
import { ShieldCheckmarkRegular } from "@fluentui/react-icons";
import { usePmo, type PmoResults } from "../../state/PmoContext";
import { useStepNavigation } from "../../state/StepNavigation";

/** The id of the robustness view in the step list (extraSteps.ts). */
export const ROBUSTNESS_STEP = "robustness";

export type RobustnessFocus = "ranking" | "selection";

const FOCUS_KEY = "robustnessFocus";

/** What the robustness view should check: the selection only when the user came from Optimise. */
export function robustnessFocusOf(results: PmoResults): RobustnessFocus {
  return results.extra?.[FOCUS_KEY] === "selection" ? "selection" : "ranking";
}

export interface RobustnessLinkProps {
  readonly focus: RobustnessFocus;
}

export function RobustnessLink({ focus }: RobustnessLinkProps): React.JSX.Element | null {
  const navigation = useStepNavigation();
  const { results, setResults } = usePmo();
  if (!navigation?.stepIds.includes(ROBUSTNESS_STEP)) return null;
  const open = () => {
    setResults({ extra: { ...results.extra, [FOCUS_KEY]: focus } });
    navigation.goTo(ROBUSTNESS_STEP);
  };
  return (
    <Button
      appearance="secondary"
      icon={<ShieldCheckmarkRegular />}
      onClick={open}
      aria-description={focus === "selection" ? "Check how likely each project is to stay in the optimal portfolio" : "Check how far the weights can move before the top projects change"}
    >
      How robust is this?
    </Button>
  );
}

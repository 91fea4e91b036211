/** Progress of a running solve with a Cancel button; the text is announced politely to screen readers. */
import * as React from "react";
import { Button, ProgressBar, Text } from "@fluentui/react-components";
import { DismissCircleRegular } from "@fluentui/react-icons";
import type { SolveProgress } from "../../../engine/selection";
import { formatAmount, formatNumber, formatPercent } from "../../format";
import { useSolveProgressBarStyles } from "./useSolveProgressBarStyles.styles";

export interface SolveProgressBarProps {
  readonly label: string;
  readonly progress: SolveProgress | null;
  readonly onCancel: () => void;
}

/** Engine phases without a message, in words (never the bare phase name). */
const PHASES: Readonly<Record<string, string>> = {
  checking: "Checking the constraints",
  solving: "Solving",
  explaining: "Finding the constraints that conflict",
  frontier: "Computing the efficient frontier",
  baseline: "Staffing by priority at planned starts",
  model: "Building the staffing model",
  relaxation: "Rounding the linear relaxation",
  solve: "Optimising starts",
  done: "Finished",
};

/** What the live region says: the engine's fields in the user's locale, else its message, else the phase. */
export function progressWords(progress: SolveProgress | null): string {
  if (!progress) return "Starting the solver…";
  const { phase, budget, limit, step, steps, incumbent, gap } = progress;
  if (phase === "frontier" && budget !== undefined && step !== undefined && steps !== undefined) {
    const what = limit ? `a ${limit} budget` : "a budget";
    return `Best portfolio for ${what} of ${formatAmount(budget)} (${formatNumber(step)} of ${formatNumber(steps)})`;
  }
  if (phase === "frontier" && progress.fraction === 1) return "Efficient frontier finished";
  if (incumbent !== undefined && gap !== undefined && Number.isFinite(gap)) {
    return `Best value so far ${formatNumber(incumbent, 1)}, within ${formatPercent(gap, 2)} of the best possible`;
  }
  return progress.message ?? PHASES[phase] ?? "Working";
}

export function SolveProgressBar({ label, progress, onCancel }: SolveProgressBarProps): React.JSX.Element {
  const styles = useSolveProgressBarStyles();
  const text = progressWords(progress);
  return (
    <div className={styles.root} role="group" aria-label={label}>
      <div className={styles.row}>
        <Text weight="semibold">{label}</Text>
        <Button size="small" icon={<DismissCircleRegular />} onClick={onCancel}>
          Cancel
        </Button>
      </div>
      <ProgressBar value={progress?.fraction} aria-label={label} />
      <Text size={200} aria-live="polite" data-testid="solve-progress">
        {text}
      </Text>
    </div>
  );
}

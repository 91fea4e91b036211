/** Progress of a running solve with a Cancel button; the text is announced politely to screen readers. */
import * as React from "react";
import { Button, ProgressBar, Text } from "@fluentui/react-components";
import { DismissCircleRegular } from "@fluentui/react-icons";
import type { SolveProgress } from "../../../engine/selection/types";
import { useSolveProgressBarStyles } from "./useSolveProgressBarStyles.styles";

export interface SolveProgressBarProps {
  readonly label: string;
  readonly progress: SolveProgress | null;
  readonly onCancel: () => void;
}

export function SolveProgressBar({ label, progress, onCancel }: SolveProgressBarProps): React.JSX.Element {
  const styles = useSolveProgressBarStyles();
  const text = progress?.message ?? progress?.phase ?? "Starting the solver…";
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

/** Live driver weights as horizontal bars with percentages. */
import * as React from "react";
import { Text } from "@fluentui/react-components";
import { formatPercent } from "../../format";
import { useWeightBarsStyles } from "./useWeightBarsStyles.styles";

export interface WeightBarsProps {
  readonly labels: readonly string[];
  /** Normalised weights (sum 1). */
  readonly weights: readonly number[];
}

export function WeightBars({ labels, weights }: WeightBarsProps): React.JSX.Element {
  const styles = useWeightBarsStyles();
  const max = Math.max(...weights, 1e-9);
  return (
    <ul className={styles.list} aria-label="Driver weights">
      {labels.map((label, i) => {
        const w = weights[i] ?? 0;
        return (
          <li key={label} className={styles.row} aria-label={`${label}: ${formatPercent(w, 1)}`}>
            {/* The whole name, wrapped when the pane is narrow (never cut). */}
            <Text className={styles.name}>{label}</Text>
            <div className={styles.track} aria-hidden="true">
              {/* Width is data, not style: the one inline style in the pane. */}
              <div className={styles.bar} style={{ width: `${(w / max) * 100}%` }} />
            </div>
            <Text className={styles.value} data-testid="weight-value">
              {formatPercent(w, 1)}
            </Text>
          </li>
        );
      })}
    </ul>
  );
}

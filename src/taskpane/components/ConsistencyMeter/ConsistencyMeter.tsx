/**
 * AHP consistency: CR as a number and a percentage on a bar (green under Saaty's bar for the number of drivers:
 * 0.05 for 3, 0.08 for 4, 0.10 from 5), the most inconsistent
 * judgement in words and a button that applies its consistent value.
 */
import * as React from "react";
import { Button, ProgressBar, Text } from "@fluentui/react-components";
import { consistencyVerdict, formatJudgement, type AhpResult, type InconsistentJudgement } from "../../../engine/ahp";
import { formatFixed, formatPercent } from "../../format";
import { useConsistencyMeterStyles } from "./useConsistencyMeterStyles.styles";

export interface ConsistencyMeterProps {
  readonly ahp: AhpResult;
  readonly onApply: (judgement: InconsistentJudgement) => void;
}

export function ConsistencyMeter({ ahp, onApply }: ConsistencyMeterProps): React.JSX.Element {
  const styles = useConsistencyMeterStyles();
  const ok = ahp.consistent;
  const threshold = ahp.crThreshold;
  // Only a judgement whose consistent value differs from what was entered is worth offering.
  const worst = ahp.inconsistencies.find((j) => Math.abs(Math.log(j.suggested / j.current)) > 1e-9);
  // The bar spans 0 … 2× the threshold so the acceptable zone is its left half.
  const fill = Math.min(ahp.cr / (2 * threshold), 1);
  return (
    <div className={styles.root} role="group" aria-label="Consistency of the judgements">
      <Text aria-live="polite" data-testid="consistency">
        Consistency ratio <span className={ok ? styles.good : styles.bad}>{formatFixed(ahp.cr, 2)}</span> ({formatPercent(ahp.cr, 1)}):{" "}
        {consistencyVerdict(ahp.cr, ahp.weights.length, "drivers")}.{ok ? "" : " Revisit the judgement below."}
      </Text>
      <ProgressBar value={fill} color={ok ? "success" : "error"} thickness="large" aria-label={`Consistency ratio ${formatFixed(ahp.cr, 2)}`} />
      {worst ? (
        <div className={styles.fix}>
          <Text data-testid="inconsistent-judgement">
            Most inconsistent: {worst.rowLabel} versus {worst.columnLabel} is {formatJudgement(worst.current)}; the other judgements imply{" "}
            {formatJudgement(worst.suggested)} (consistency ratio would be {formatFixed(worst.crIfChanged, 2)}).
          </Text>
          <Button size="small" onClick={() => onApply(worst)}>
            Use {formatJudgement(worst.suggested)} for {worst.rowLabel} versus {worst.columnLabel}
          </Button>
        </div>
      ) : null}
    </div>
  );
}

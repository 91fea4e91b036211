/**
 * Step 7: "Freeze for sharing" turns the formulas on PMO Align's own sheets into values and adds a note
 * with the date and settings, so people without the add-in see the same numbers. User sheets are never
 * touched. Asks for confirmation first because it cannot be undone by the add-in.
 */
import * as React from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Text,
} from "@fluentui/react-components";
import { LockClosedRegular } from "@fluentui/react-icons";
import type { FreezeOutcome } from "../../../excel/freeze";
import { usePmo, type PmoResults } from "../../state/PmoContext";
import { useUnavailable } from "../../state/useCapability";
import { formatNumber, formatPercent } from "../../format";
import { useShareStepStyles } from "./useShareStepStyles.styles";

/** The note written under each frozen sheet: date and the settings behind the numbers. */
export function freezeNote(results: PmoResults, weights: Readonly<Record<string, number>> | null, now: Date = new Date()): string {
  const parts = [`Frozen for sharing by PMO Align on ${now.toISOString().slice(0, 16).replace("T", " ")} UTC`];
  if (weights) parts.push(`weights ${Object.entries(weights).map(([k, v]) => `${k} ${formatPercent(v, 1)}`).join(", ")}`);
  if (results.weighting) parts.push(`weights from ${results.weighting.source}`);
  if (results.optimiseInputs) {
    parts.push(`limits ${Object.entries(results.optimiseInputs.limits).map(([k, v]) => `${k} ${formatNumber(v)}`).join(", ")}`);
  }
  return `${parts.join("; ")}. Values, not formulas: re-run PMO Align to update.`;
}

export function ShareStep(): React.JSX.Element {
  const styles = useShareStepStyles();
  const { excel, results, driverWeights, run, notify, busy } = usePmo();
  const unavailable = useUnavailable("readWorkbook");
  const [outcome, setOutcome] = React.useState<FreezeOutcome | null>(null);

  const freeze = async () => {
    const done = await run("Freezing for sharing", () => excel.freezeForSharing(freezeNote(results, driverWeights)));
    if (done) {
      setOutcome(done);
      notify(
        done.sheets.length
          ? { intent: "success", title: "Frozen for sharing", message: `${formatNumber(done.formulasFrozen)} formulas on ${formatNumber(done.sheets.length)} PMO sheets are now values.` }
          : { intent: "info", title: "Nothing to freeze", message: "PMO Align has not written any result sheets in this workbook yet." },
      );
    }
  };

  return (
    <>
      <section className={styles.section}>
        <Text>
          Stakeholders without the add-in see the same numbers and charts when the result sheets hold values instead of formulas. Your own
          sheets and formulas are never changed.
        </Text>
        <Dialog>
          <DialogTrigger disableButtonEnhancement>
            <Button appearance="primary" icon={<LockClosedRegular />} disabled={Boolean(unavailable) || busy}>
              Freeze for sharing
            </Button>
          </DialogTrigger>
          <DialogSurface aria-describedby="freeze-desc">
            <DialogBody>
              <DialogTitle>Freeze the PMO sheets?</DialogTitle>
              <DialogContent id="freeze-desc">
                Formulas on the sheets PMO Align wrote become plain values, and a note with today&apos;s date and the settings is added below each
                one. Running a step again rebuilds its sheet with formulas.
              </DialogContent>
              <DialogActions>
                <DialogTrigger disableButtonEnhancement>
                  <Button appearance="secondary">Cancel</Button>
                </DialogTrigger>
                <DialogTrigger disableButtonEnhancement>
                  <Button appearance="primary" onClick={() => void freeze()}>
                    Freeze
                  </Button>
                </DialogTrigger>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
        {unavailable ? <Text>{unavailable}</Text> : null}
      </section>
      {outcome && outcome.sheets.length ? (
        <section aria-label="Frozen sheets" data-testid="frozen-sheets">
          <ul className={styles.list}>
            {outcome.sheets.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

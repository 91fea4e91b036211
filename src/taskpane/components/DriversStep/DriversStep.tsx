/**
 * Step 2: driver weights, typed directly or derived from pairwise judgements (AHP), with live bars and a
 * consistency meter. Nothing is written to Excel until Save, which writes Drivers[Weight] only.
 * Until the user edits something the workbook's own weights are used, exactly as the CLI computes them; the
 * weights rule (blank = error unless AHP, all zero = error: docs/workflow.md) applies to both.
 */
import * as React from "react";
import { Button, Field, Input, Radio, RadioGroup, Subtitle2, Text } from "@fluentui/react-components";
import { SaveRegular } from "@fluentui/react-icons";
import { ahpWeights, type AhpResult, type GroupResult } from "../../../engine/ahp";
import { usePmo } from "../../state/PmoContext";
import { weightsByName } from "../../engineBridge";
import { errorMessage } from "../../state/PmoProvider";
import { ahpMethodOf, workbookWeights } from "../../../workflow";
import type { Portfolio } from "../../../engine/portfolio";
import { matrixFrom, upperFrom } from "../../pairwise";
import { formatNumber, parseLocaleNumber } from "../../format";
import { PairwiseSlider } from "../PairwiseSlider";
import { WeightBars } from "../WeightBars";
import { ConsistencyMeter } from "../ConsistencyMeter";
import { GroupWeights } from "../GroupWeights";
import { useDriversStepStyles } from "./useDriversStepStyles.styles";

type Mode = "direct" | "pairwise" | "group";

/** Typed weights as percentages of their total; a blank is NaN (shown blank; the weights rule reports it). */
function directPercents(portfolio: Portfolio): number[] {
  const total = portfolio.drivers.reduce((s, d) => s + (d.weight ?? 0), 0);
  return portfolio.drivers.map((d) => (d.weight === null ? Number.NaN : total > 0 ? (d.weight / total) * 100 : 0));
}

let editorGeneration = 0;

export function DriversStep(): React.JSX.Element {
  const { portfolio } = usePmo();
  // A re-read workbook starts the editor afresh from the workbook's weights and judgements.
  const key = React.useMemo(() => ++editorGeneration, [portfolio]);
  // The mode survives a re-read (results are cleared then): Prepare and Combine in group mode re-read the workbook.
  const lastMode = React.useRef<Mode | undefined>(undefined);
  return <DriversEditor key={key} lastMode={lastMode} />;
}

function DriversEditor({ lastMode }: { readonly lastMode: React.MutableRefObject<Mode | undefined> }): React.JSX.Element {
  const styles = useDriversStepStyles();
  const { portfolio, excel, run, notify, setDriverWeights, setResults, results, busy } = usePmo();
  const labels = React.useMemo(() => portfolio?.drivers.map((d) => d.name) ?? [], [portfolio]);
  // Start from the draft kept in shared state (the user came back to this step), else from the workbook.
  const draft = results.driversDraft;

  const [mode, setMode] = React.useState<Mode>(
    () => draft?.mode ?? lastMode.current ?? (portfolio && portfolio.settings.weightsMethod !== "direct" && portfolio.comparisons ? "pairwise" : "direct"),
  );
  // The workbook's weights, exact, and as shown (one decimal): a field the user has not changed scores with the
  // exact weight, so what is scored (and saved) is what the workbook holds, not its rounded display.
  const workbookDirect = React.useMemo(() => (portfolio ? directPercents(portfolio) : []), [portfolio]);
  const workbookText = React.useMemo(() => workbookDirect.map((w) => (Number.isNaN(w) ? "" : formatNumber(w, 1))), [workbookDirect]);
  const [direct, setDirect] = React.useState<string[]>(() => (draft ? [...draft.direct] : [...workbookText]));
  const [changed, setEdited] = React.useState<boolean>(() => draft?.edited ?? false);
  // Group weights are always the user's choice (the mode survives the re-read that Prepare and Combine do).
  const edited = changed || mode === "group";
  const fromWorkbook = React.useMemo(() => {
    if (!portfolio) return { error: "No workbook read yet." };
    try {
      return { weights: workbookWeights(portfolio) };
    } catch (error) {
      return { error: errorMessage(error) };
    }
  }, [portfolio]);
  const method = portfolio ? ahpMethodOf(portfolio) : "eigenvector";
  const [upper, setUpper] = React.useState<Record<string, number>>(() =>
    draft ? { ...draft.upper } : portfolio?.comparisons ? upperFrom(portfolio.comparisons.matrix) : {},
  );

  const [group, setGroup] = React.useState<GroupResult | null>(null);
  const parsedDirect = direct.map((t) => parseLocaleNumber(t));
  const directError = parsedDirect.findIndex((w) => w === null || w < 0);
  const ahp: AhpResult | null = React.useMemo(() => {
    if (mode !== "pairwise" || labels.length < 2) return null;
    return ahpWeights(matrixFrom(labels.length, upper), { labels, method });
  }, [mode, labels, upper, method]);

  // Blank or negative typed weights are NaN: the ranking then reports them (no silent 0), like a blank cell.
  const typed = React.useMemo(
    () => parsedDirect.map((w, i) => (direct[i] === workbookText[i] && direct[i] !== "" ? workbookDirect[i]! : w !== null && w >= 0 ? w : Number.NaN)),
    [direct, workbookDirect, workbookText],
  );
  const allZero = mode === "direct" && typed.every((w) => w === 0);
  const weights = React.useMemo(() => {
    if (!edited && fromWorkbook.weights) return labels.map((l) => fromWorkbook.weights!.byName[l] ?? 0);
    if (mode === "pairwise") return ahp?.weights ?? labels.map(() => 1 / Math.max(labels.length, 1));
    if (mode === "group") return group?.weights ?? labels.map(() => 1 / Math.max(labels.length, 1));
    const total = typed.reduce((s, w) => s + (Number.isNaN(w) ? 0 : w), 0);
    return typed.map((w) => (Number.isNaN(w) || total <= 0 ? 0 : w / total));
  }, [edited, fromWorkbook, mode, ahp, group, labels, typed]);

  React.useEffect(() => {
    lastMode.current = mode;
    if (!labels.length) return;
    const source = mode === "pairwise" ? `AHP (${method === "geometric" ? "geometric mean" : "eigenvector"})` : "direct weights";
    // Untouched: null = the workbook's weights, computed by the workflow exactly as the CLI does.
    setDriverWeights(edited ? weightsByName(labels, mode === "direct" ? typed : weights) : null);
    setResults({
      driversDraft: { mode, direct, upper, edited },
      weighting: !edited
        ? undefined
        : mode === "group"
          ? group
            ? { source: `group AHP (${group.aggregation.toUpperCase()}, ${group.stakeholders.length} stakeholders)`, cr: group.groupMatrix?.ahp.cr ?? null, consistent: group.groupMatrix?.ahp.consistent ?? true }
            : { source: "group AHP: no complete answers yet, equal weights", cr: null, consistent: true }
          : ahp
            ? { source, cr: ahp.cr, consistent: ahp.consistent }
            : { source, cr: null, consistent: true },
    });
  }, [labels, weights, typed, ahp, group, mode, method, direct, upper, edited, setDriverWeights, setResults, lastMode]);

  if (!portfolio) return <Text>Read a workbook with a Drivers table first (step 1).</Text>;

  const save = async () => {
    // Exactly the weights scored, as percentages: rounding here would save weights that differ from the ranking's
    // and need not sum to 100.
    const percent = Object.fromEntries(labels.map((l, i) => [l, weights[i]! * 100]));
    const written = await run("Saving the weights", () => excel.saveDriverWeights(percent));
    if (written !== null) {
      notify({ intent: "success", title: "Weights saved", message: `Wrote ${formatNumber(written)} weights to the Weight column of the Drivers table.` });
    }
  };

  return (
    <>
      <RadioGroup layout="horizontal" value={mode} onChange={(_, d) => {
          setMode(d.value as Mode);
          setEdited(true);
        }} aria-label="How to set the weights">
        <Radio value="direct" label="Direct weights" />
        <Radio value="pairwise" label="Pairwise comparison" disabled={labels.length < 2} />
        <Radio value="group" label="Group" disabled={labels.length < 2} />
      </RadioGroup>

      {mode === "group" ? (
        <GroupWeights onResult={setGroup} />
      ) : mode === "direct" ? (
        <section className={styles.direct} aria-label="Direct weights">
          {labels.map((l, i) => (
            <Field key={l} label={l} validationMessage={parsedDirect[i] === null || (parsedDirect[i] ?? 0) < 0 ? "Type a number of 0 or more." : undefined}>
              <Input
                className={styles.input}
                inputMode="decimal"
                value={direct[i] ?? ""}
                onChange={(_, d) => {
                  setDirect((xs) => xs.map((x, k) => (k === i ? d.value : x)));
                  setEdited(true);
                }}
              />
            </Field>
          ))}
        </section>
      ) : (
        <section className={styles.section} aria-labelledby="pairs-title">
          <Subtitle2 as="h3" id="pairs-title">
            Which matters more?
          </Subtitle2>
          {labels.flatMap((left, i) =>
            labels.slice(i + 1).map((right, k) => {
              const j = i + 1 + k;
              return (
                <PairwiseSlider
                  key={`${i},${j}`}
                  left={left}
                  right={right}
                  judgement={upper[`${i},${j}`] ?? 1}
                  onChange={(a) => {
                    setUpper((u) => ({ ...u, [`${i},${j}`]: a }));
                    setEdited(true);
                  }}
                />
              );
            }),
          )}
        </section>
      )}

      <section className={styles.section} aria-labelledby="weights-title">
        <Subtitle2 as="h3" id="weights-title">
          Weights
        </Subtitle2>
        {!edited && fromWorkbook.error ? (
          <Text role="alert" data-testid="weights-error">
            {fromWorkbook.error}
          </Text>
        ) : null}
        {allZero ? (
          <Text role="alert" data-testid="weights-error">
            All weights are 0: give at least one driver a weight above 0.
          </Text>
        ) : null}
        <WeightBars labels={labels} weights={weights} />
        {ahp ? (
          <ConsistencyMeter
            ahp={ahp}
            onApply={(j) => {
              setUpper((u) => ({ ...u, [`${j.row},${j.column}`]: j.suggested }));
              setEdited(true);
            }}
          />
        ) : null}
      </section>

      <div className={styles.actions}>
        <Button appearance="primary" icon={<SaveRegular />} disabled={busy || (mode === "direct" && (directError >= 0 || allZero))} onClick={() => void save()}>
          Save weights to Drivers
        </Button>
        <Text size={200}>Writes only the Weight column of the Drivers table.</Text>
      </div>
    </>
  );
}

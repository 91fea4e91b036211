/**
 * "How robust is this?": the smallest driver-weight change that changes the top k (exact), and Monte Carlo
 * probabilities of each project staying in the top k under uncertain weights and ratings. Opened from the
 * Optimise step it also computes the core index: each draw re-optimises the selection (in the solver worker)
 * and counts who stays in. Writes PMO Robustness.
 */
import * as React from "react";
import { Button, Field, Input, Switch, Text } from "@fluentui/react-components";
import { ShieldCheckmarkRegular } from "@fluentui/react-icons";
import { DEFAULT_CONCENTRATION, DEFAULT_DRAWS, DEFAULT_SEED, topKProbability, type TopKResult, type UncertaintyOptions } from "../../../engine/robustness";
import { coreIndex, DEFAULT_CORE_INDEX_DRAWS, type CoreIndexResult } from "../../../engine/robustness";
import type { SelectionProblem, SelectionResult, SolveProgress } from "../../../engine/selection";
import { PmoCancelledError } from "../../../engine/errors";
import { rankFlipSensitivity, type SensitivityResult } from "../../../engine/robustness";
import { alignmentScores } from "../../../engine/alignment";
import type { Portfolio } from "../../../engine/portfolio";
import { ROBUSTNESS_SHEET, robustnessSheet } from "../../../sheets/robustnessSheet";
import type { SheetSpec } from "../../../sheets/sheetSpec";
import type { TopKRequest } from "../../../worker/protocol";
import { usePmo } from "../../state/PmoContext";
import { BlockedHint } from "../BlockedHint";
import { currentWeights } from "../../engineBridge";
import { formatFixed, formatNumber, formatPercent } from "../../format";
import { ResultTable } from "../ResultTable";
import { robustnessFocusOf } from "../RobustnessLink";
import { SolveProgressBar } from "../SolveProgressBar";
import { useRobustnessStyles } from "./useRobustnessStyles.styles";

export interface RobustnessSettings {
  readonly k: number;
  readonly draws: number;
  readonly seed: number;
  /** Null keeps the weights fixed. */
  readonly concentration: number | null;
  readonly impactSteps: boolean;
  /** Re-optimisations for the core index; absent when only the ranking is checked. */
  readonly coreDraws?: number;
}

export interface RobustnessOutcome {
  readonly sensitivity: SensitivityResult;
  readonly topK: TopKResult;
  readonly scores: readonly number[];
  readonly ids: readonly string[];
  readonly names: readonly string[];
  /** Probability of being in the optimal portfolio, when the selection was checked. */
  readonly core: CoreIndexResult | null;
  readonly spec: SheetSpec;
  readonly settings: RobustnessSettings;
}

/** Runs the Monte Carlo part (in the solver worker in the add-in). */
export type TopKRunner = (request: TopKRequest) => Promise<TopKResult>;

/** Runs the core index for the current weights (project order as in the portfolio). */
export type CoreIndexRunner = (weights: readonly number[], uncertainty: UncertaintyOptions) => Promise<CoreIndexResult>;

/**
 * The core index of a selection problem built from `portfolio` (same project order), each draw solved by
 * `solve` (the worker's select job in the add-in). Values follow the portfolio's value basis, as the
 * Optimise step's problem does.
 */
export function coreIndexRunner(
  portfolio: Portfolio,
  problem: SelectionProblem,
  solve: (problem: SelectionProblem) => Promise<SelectionResult>,
  onDraw?: (done: number, total: number) => void,
): CoreIndexRunner {
  return (weights, uncertainty) =>
    coreIndex(problem, portfolio.projects.map((p) => p.impacts), weights, portfolio.impactScale.max, {
      ...uncertainty,
      valueBasis: portfolio.settings.valueBasis === "scoreTimesBenefit" ? "scoreTimesBenefit" : "score",
      // The Optimise step values score × benefit as score / 100 × benefit.
      benefits: portfolio.projects.map((p) => p.benefit / 100),
      solve: (p, options) => solve({ ...p, ...(options.timeLimitSeconds !== undefined ? { timeLimitSeconds: options.timeLimitSeconds } : {}) }),
      ...(onDraw ? { onDraw } : {}),
    });
}

/**
 * The analysis behind the view, without React (also used by tests): exact sensitivity here, Monte Carlo
 * through `runTopK` (the worker in the add-in; topKProbability directly by default).
 */
export async function analyseRobustness(
  portfolio: Portfolio,
  weights: Readonly<Record<string, number>>,
  settings: RobustnessSettings,
  runTopK: TopKRunner = async (r) => topKProbability(r.impacts, r.weights, r.maxImpact, r.options),
  runCoreIndex?: CoreIndexRunner,
): Promise<RobustnessOutcome> {
  const drivers = portfolio.drivers.map((d) => d.name);
  const w = drivers.map((d) => weights[d] ?? 0);
  const impacts = portfolio.projects.map((p) => p.impacts);
  const ids = portfolio.projects.map((p) => p.id);
  const names = portfolio.projects.map((p) => p.name);
  const max = portfolio.impactScale.max;
  const sensitivity = rankFlipSensitivity(impacts, w, max, { k: settings.k, labels: ids, driverLabels: drivers });
  const uncertainty = {
    seed: settings.seed,
    concentration: settings.concentration ?? Infinity,
    impactSteps: settings.impactSteps,
    levels: portfolio.impactScale.levels.map((l) => l.value),
  };
  const topK = await runTopK({ impacts, weights: w, maxImpact: max, options: { ...uncertainty, k: settings.k, draws: settings.draws } });
  const core = runCoreIndex && settings.coreDraws ? await runCoreIndex(w, { ...uncertainty, draws: settings.coreDraws }) : null;
  const { scores } = alignmentScores(impacts, w, max);
  const described = `${formatNumber(settings.draws)} draws, seed ${settings.seed}, ${settings.concentration === null ? "weights fixed" : `Dirichlet concentration ${settings.concentration}`}, ${settings.impactSteps ? "ratings ±1 step" : "ratings as typed"}`;
  const spec = robustnessSheet({ sensitivity, topK, k: settings.k, settings: described, coreIndex: core, projects: ids.map((id, i) => ({ id, name: names[i]!, score: scores[i]! })) });
  return { sensitivity, topK, scores, ids, names, core, spec, settings };
}

function positiveInteger(text: string, min: number): number | null {
  const n = Number(text);
  return Number.isInteger(n) && n >= min ? n : null;
}

export function Robustness(): React.JSX.Element {
  const styles = useRobustnessStyles();
  const { portfolio, blocked, driverWeights, results, setResults, writeSheet, run, notify, busy, solver } = usePmo();
  const n = portfolio?.projects.length ?? 0;
  const [k, setK] = React.useState(String(Math.max(1, Math.min(portfolio?.settings.topK ?? 10, n - 1))));
  const [draws, setDraws] = React.useState(String(DEFAULT_DRAWS));
  const [seed, setSeed] = React.useState(String(DEFAULT_SEED));
  const [concentration, setConcentration] = React.useState(String(DEFAULT_CONCENTRATION));
  const [vary, setVary] = React.useState(true);
  const [impactSteps, setImpactSteps] = React.useState(true);
  const [coreDraws, setCoreDraws] = React.useState(String(DEFAULT_CORE_INDEX_DRAWS));
  const [progress, setProgress] = React.useState<SolveProgress | null>(null);
  const [reoptimising, setReoptimising] = React.useState(false);
  const outcome = results.extra?.robustness as RobustnessOutcome | undefined;

  if (!portfolio) return <Text>Read a workbook with Projects and Drivers first (step 1).</Text>;

  // Opened from Optimise with a feasible selection: also re-optimise it. A value basis of benefit alone
  // does not depend on the scores, so the selection cannot move with the weights.
  const focus = robustnessFocusOf(results);
  const problem = results.selectionProblem;
  const selection = results.selection;
  const selectionChecked = focus === "selection" && problem !== undefined && selection !== undefined && selection.status !== "infeasible";
  const coreApplies = selectionChecked && portfolio.settings.valueBasis !== "benefit";

  const kValue = positiveInteger(k, 1);
  const drawsValue = positiveInteger(draws, 1);
  const seedValue = positiveInteger(seed, 0);
  const concentrationValue = Number(concentration);
  const concentrationOk = !vary || (Number.isFinite(concentrationValue) && concentrationValue > 0);
  const kOk = kValue !== null && kValue <= n;
  const coreDrawsValue = coreApplies ? positiveInteger(coreDraws, 1) : null;
  const valid = kOk && drawsValue !== null && seedValue !== null && concentrationOk && (!coreApplies || coreDrawsValue !== null);

  const check = async () => {
    if (!valid) return;
    const settings: RobustnessSettings = {
      k: kValue!,
      draws: drawsValue!,
      seed: seedValue!,
      concentration: vary ? concentrationValue : null,
      impactSteps,
      ...(coreApplies ? { coreDraws: coreDrawsValue! } : {}),
    };
    const onDraw = (done: number, total: number) =>
      setProgress({ phase: "Re-optimising", fraction: done / total, message: `Re-optimised ${formatNumber(done)} of ${formatNumber(total)} draws` });
    const runCore = coreApplies ? coreIndexRunner(portfolio, problem!, (p) => solver.run("select", p), onDraw) : undefined;
    setReoptimising(coreApplies);
    setProgress(null);
    let computed: RobustnessOutcome | null = null;
    let cancelled = false;
    try {
      computed = await run("Checking robustness", async () => {
        // Monte Carlo and re-optimisations in the solver worker, off the pane's thread (structured clone keeps Infinity = fixed weights).
        try {
          return await analyseRobustness(portfolio, currentWeights(portfolio, driverWeights), settings, (request) => solver.run("topK", request), runCore);
        } catch (error) {
          if (!(error instanceof PmoCancelledError)) throw error;
          cancelled = true;
          return null;
        }
      });
    } finally {
      setReoptimising(false);
      setProgress(null);
    }
    if (cancelled) notify({ intent: "info", title: "Robustness check cancelled", message: "Nothing was written to the workbook." });
    if (!computed) return;
    setResults({ extra: { ...results.extra, robustness: computed } });
    const written = await writeSheet(computed.spec);
    if (written) notify({ intent: "success", title: `${ROBUSTNESS_SHEET} written`, message: verdict(computed) });
  };

  return (
    <>
      <Text as="p" block className={styles.focus} data-testid="robustness-focus">
        {selectionChecked
          ? `Checking the selection from the Optimise step (${formatNumber(selection!.selected.length)} projects)${coreApplies ? ": each re-optimisation solves it again with uncertain weights and ratings." : "; its value basis is benefit, which the weights do not change, so only the ranking is checked."}`
          : results.ranking
            ? "Checking the ranking from the Prioritise step."
            : "Checking the ranking by the current weights."}
      </Text>
      <div className={styles.form}>
        <Field label="Top k" validationMessage={kOk ? undefined : `A whole number from 1 to ${n}`}>
          <Input className={styles.input} type="number" value={k} onChange={(_, d) => setK(d.value)} min={1} max={n} />
        </Field>
        <Field label="Draws" validationMessage={drawsValue === null ? "A whole number of 1 or more" : undefined}>
          <Input className={styles.input} type="number" value={draws} onChange={(_, d) => setDraws(d.value)} min={1} />
        </Field>
        <Field label="Seed" hint="Same seed, same answer" validationMessage={seedValue === null ? "A whole number" : undefined}>
          <Input className={styles.input} type="number" value={seed} onChange={(_, d) => setSeed(d.value)} min={0} />
        </Field>
        <Field label="Weight concentration" hint="Larger = weights vary less" validationMessage={concentrationOk ? undefined : "A number above 0"}>
          <Input className={styles.input} type="number" value={concentration} disabled={!vary} onChange={(_, d) => setConcentration(d.value)} />
        </Field>
        {coreApplies ? (
          <Field label="Re-optimisations" hint="Each solves the selection again" validationMessage={coreDrawsValue === null ? "A whole number of 1 or more" : undefined}>
            <Input className={styles.input} type="number" value={coreDraws} onChange={(_, d) => setCoreDraws(d.value)} min={1} />
          </Field>
        ) : null}
      </div>
      <div className={styles.actions}>
        <Switch label="Vary the weights" checked={vary} onChange={(_, d) => setVary(d.checked)} />
        <Switch label="Ratings uncertain by one step" checked={impactSteps} onChange={(_, d) => setImpactSteps(d.checked)} />
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" icon={<ShieldCheckmarkRegular />} disabled={busy || blocked.has("scoring") || !valid} onClick={() => void check()}>
          Check robustness
        </Button>
        <BlockedHint feature="scoring" className={styles.hint} />
      </div>
      {reoptimising ? <SolveProgressBar label="Re-optimising the selection" progress={progress} onCancel={() => solver.cancel()} /> : null}
      <div aria-live="polite">{outcome ? <RobustnessSummary outcome={outcome} /> : null}</div>
    </>
  );
}

export function verdict(outcome: RobustnessOutcome): string {
  const s = outcome.sensitivity;
  if (s.smallestChange === null) return `No single weight change changes the top ${outcome.settings.k}.`;
  const driver = s.drivers[s.mostSensitiveDriver!]!.driver;
  return `A change of ${formatFixed(s.smallestChange, 1)} percentage points in the ${driver} weight changes the top ${outcome.settings.k}.`;
}

function RobustnessSummary({ outcome }: { readonly outcome: RobustnessOutcome }): React.JSX.Element {
  const styles = useRobustnessStyles();
  const pp = (x: number | null) => (x === null ? "none" : formatFixed(x, 1));
  const order = outcome.ids.map((id, i) => ({ id, i })).sort((a, b) => outcome.scores[b.i]! - outcome.scores[a.i]! || a.i - b.i);
  const shown = order.slice(0, Math.min(order.length, outcome.settings.k + 5));
  const core = outcome.core;
  return (
    <>
      <Text className={styles.verdict} weight="semibold">
        {verdict(outcome)}
      </Text>
      <ResultTable
        caption="Weight change (percentage points) before the top set changes"
        rows={outcome.sensitivity.drivers}
        rowKey={(d) => d.driver}
        columns={[
          { header: "Driver", cell: (d) => d.driver },
          { header: "Weight", cell: (d) => formatPercent(d.weight, 1), numeric: true },
          { header: "Down", cell: (d) => pp(d.down), numeric: true },
          { header: "Up", cell: (d) => pp(d.up), numeric: true },
        ]}
      />
      <ResultTable
        caption={`Probability of the top ${outcome.settings.k} (${formatNumber(outcome.topK.draws)} draws${core ? `) and of staying in the selection (${formatNumber(core.draws)} re-optimisations, ${formatNumber(core.optimalDraws)} proven optimal` : ""}; full list on ${ROBUSTNESS_SHEET})`}
        rows={shown}
        rowKey={(r) => r.id}
        columns={[
          { header: "Project", cell: (r) => outcome.names[r.i] },
          { header: "Score", cell: (r) => formatFixed(outcome.scores[r.i]!, 1), numeric: true },
          { header: `P(top ${outcome.settings.k})`, cell: (r) => formatPercent(outcome.topK.probability[r.i]!, 0), numeric: true },
          { header: "± s.e.", cell: (r) => formatPercent(outcome.topK.standardError[r.i]!, 1), numeric: true },
          ...(core ? [{ header: "In selection", cell: (r: { readonly i: number }) => formatPercent(core.probability[r.i]!, 0), numeric: true }] : []),
        ]}
      />
    </>
  );
}

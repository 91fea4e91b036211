/**
 * Step 4: choose the best portfolio within the limits. Inputs start from the workbook (Limits, Force,
 * Depends On, …) and can be changed here without touching the workbook. The solve runs in a Web Worker
 * with progress and Cancel; writes PMO Selection with the frontier and cost-vs-value charts.
 */
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from "@fluentui/react-components";
import { TargetArrowRegular } from "@fluentui/react-icons";
import { PmoCancelledError } from "../../../engine/errors";
import type { CategoryShare, SelectionResult, SolveProgress } from "../../../engine/selection";
import { baselineSentence } from "../../../engine/selection";
import { selectionSheet, statusText, SELECTION_SHEET } from "../../../sheets/selectionSheet";
import { usePmo } from "../../state/PmoContext";
import { BlockedHint } from "../BlockedHint";
import { useUnavailable } from "../../state/useCapability";
import { errorMessage } from "../../state/PmoProvider";
import { defaultOptimiseInputs, paneRanking, paneSelection, type OptimiseInputs } from "../../engineBridge";
import { formatNumber, formatPercent, parseLocaleNumber } from "../../format";
import { ProjectPicker } from "../ProjectPicker";
import { DependencyEditor } from "../DependencyEditor";
import { SolveProgressBar } from "../SolveProgressBar";
import { RobustnessLink } from "../RobustnessLink";
import { useOptimiseStepStyles } from "./useOptimiseStepStyles.styles";

const FRONTIER_POINTS = 12;

/** Text fields keep what the user typed; numbers are parsed on run. */
interface Draft {
  limits: Record<string, string>;
  /** Funding-pool share rules (percent of a limit per category), min and max as typed. */
  shares: { limit: string; category: string; min: string; max: string }[];
  min: string;
  max: string;
  timeLimit: string;
}

function draftOf(inputs: OptimiseInputs): Draft {
  return {
    limits: Object.fromEntries(Object.entries(inputs.limits).map(([k, v]) => [k, formatNumber(v, 2)])),
    shares: (inputs.categoryShares ?? []).map((r) => ({
      limit: r.limit,
      category: r.category,
      min: r.min === undefined ? "" : formatNumber(r.min * 100, 2),
      max: r.max === undefined ? "" : formatNumber(r.max * 100, 2),
    })),
    min: inputs.minProjects === undefined ? "" : String(inputs.minProjects),
    max: inputs.maxProjects === undefined ? "" : String(inputs.maxProjects),
    timeLimit: String(inputs.timeLimitSeconds),
  };
}

export function OptimiseStep(): React.JSX.Element {
  const styles = useOptimiseStepStyles();
  const { portfolio, blocked, driverWeights, results, setResults, writeSheet, solver, notify, busy } = usePmo();
  const unavailable = useUnavailable("writeSheets");
  const initial = React.useMemo(() => (portfolio ? results.optimiseInputs ?? defaultOptimiseInputs(portfolio) : null), [portfolio, results.optimiseInputs]);
  const [draft, setDraft] = React.useState<Draft | null>(() => (initial ? draftOf(initial) : null));
  const [forceIn, setForceIn] = React.useState<string[]>(() => [...(initial?.forceIn ?? [])]);
  const [forceOut, setForceOut] = React.useState<string[]>(() => [...(initial?.forceOut ?? [])]);
  const [rules, setRules] = React.useState(() => [...(initial?.dependencies ?? [])]);
  const [progress, setProgress] = React.useState<SolveProgress | null>(null);
  const [running, setRunning] = React.useState(false);

  if (!portfolio || !draft) return <Text>Read a workbook with Projects and Drivers first (step 1).</Text>;
  const projects = portfolio.projects.map((p) => ({ id: p.id, name: p.name }));

  const parseInputs = (): OptimiseInputs | string => {
    const limits: Record<string, number> = {};
    for (const [name, text] of Object.entries(draft.limits)) {
      const n = parseLocaleNumber(text);
      if (n === null || n < 0) return `The ${name} limit '${text}' is not an amount of 0 or more.`;
      limits[name] = n;
    }
    if (Object.keys(limits).length === 0) return "The workbook has no Limits table, so there is nothing to optimise against.";
    const count = (text: string, what: string): number | undefined | string => {
      if (text.trim() === "") return undefined;
      const n = parseLocaleNumber(text);
      return n === null || n < 0 || !Number.isInteger(n) ? `The ${what} '${text}' is not a whole number.` : n;
    };
    const min = count(draft.min, "minimum number of projects");
    if (typeof min === "string") return min;
    const max = count(draft.max, "maximum number of projects");
    if (typeof max === "string") return max;
    const categoryShares: CategoryShare[] = [];
    for (const r of draft.shares) {
      const share = (text: string, what: string): number | undefined | string => {
        if (text.trim() === "") return undefined;
        const n = parseLocaleNumber(text);
        return n === null || n < 0 || n > 100 ? `The ${what} share of ${r.limit} for ${r.category} '${text}' is not a percentage from 0 to 100.` : n / 100;
      };
      const min = share(r.min, "minimum");
      if (typeof min === "string") return min;
      const max = share(r.max, "maximum");
      if (typeof max === "string") return max;
      if (min === undefined && max === undefined) continue; // both cleared: the rule is off
      categoryShares.push({ limit: r.limit, category: r.category, ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) });
    }
    const time = parseLocaleNumber(draft.timeLimit);
    if (time === null || time <= 0) return `The time limit '${draft.timeLimit}' is not a number of seconds above 0.`;
    return { limits, categoryShares, minProjects: min, maxProjects: max, forceIn, forceOut, dependencies: rules, timeLimitSeconds: time };
  };

  const optimise = async () => {
    const inputs = parseInputs();
    if (typeof inputs === "string") {
      notify({ intent: "error", title: "Check the inputs", message: inputs });
      return;
    }
    setRunning(true);
    setProgress(null);
    notify(null);
    try {
      const ranking = results.ranking ?? paneRanking(portfolio, driverWeights, results.weighting);
      const plan = paneSelection(portfolio, ranking, inputs);
      const { problem } = plan;
      const result = await solver.run("select", problem, setProgress);
      const frontier =
        result.status === "infeasible"
          ? null
          : await solver.run("frontier", { problem, limit: Object.keys(inputs.limits)[0], points: FRONTIER_POINTS }, setProgress);
      setResults({ ranking, selectionProblem: problem, selection: result, frontier: frontier ?? undefined, optimiseInputs: inputs });
      const outcome = await writeSheet(
        selectionSheet({ problem, result, valueLabel: plan.valueLabel, names: plan.names, frontier }),
      );
      if (outcome) {
        notify(
          result.status === "infeasible"
            ? { intent: "warning", title: "No portfolio satisfies every rule", message: "The reasons are listed below and on the sheet." }
            : { intent: "success", title: `${SELECTION_SHEET} written`, message: [`${formatNumber(result.selected.length)} projects selected (${statusText(result.status, result.gap)}).`, ...plan.notes].join(" ") },
        );
      }
    } catch (error) {
      if (error instanceof PmoCancelledError) notify({ intent: "info", title: "Optimisation cancelled", message: "Nothing was written to the workbook." });
      else notify({ intent: "error", title: "The optimisation did not finish", message: errorMessage(error) });
    } finally {
      setRunning(false);
      setProgress(null);
    }
  };

  const selection = results.selection;
  return (
    <>
      <section className={styles.section} aria-labelledby="opt-limits">
        <Text as="h3" weight="semibold" id="opt-limits">
          Limits
        </Text>
        <div className={styles.grid}>
          {Object.keys(draft.limits).map((name) => (
            <Field key={name} label={`${name} available`}>
              <Input className={styles.input} inputMode="decimal" value={draft.limits[name]} onChange={(_, d) => setDraft({ ...draft, limits: { ...draft.limits, [name]: d.value } })} />
            </Field>
          ))}
          {draft.shares.map((r, i) => (
            <React.Fragment key={`${r.limit}|${r.category}`}>
              <Field label={`${r.category} share of ${r.limit}: at least (%)`} hint="Blank = no minimum">
                <Input
                  className={styles.input}
                  inputMode="decimal"
                  value={r.min}
                  onChange={(_, d) => setDraft({ ...draft, shares: draft.shares.map((x, k) => (k === i ? { ...x, min: d.value } : x)) })}
                />
              </Field>
              <Field label={`${r.category} share of ${r.limit}: at most (%)`} hint="Blank = no maximum">
                <Input
                  className={styles.input}
                  inputMode="decimal"
                  value={r.max}
                  onChange={(_, d) => setDraft({ ...draft, shares: draft.shares.map((x, k) => (k === i ? { ...x, max: d.value } : x)) })}
                />
              </Field>
            </React.Fragment>
          ))}
          <Field label="At least (projects)">
            <Input className={styles.input} inputMode="numeric" value={draft.min} onChange={(_, d) => setDraft({ ...draft, min: d.value })} />
          </Field>
          <Field label="At most (projects)">
            <Input className={styles.input} inputMode="numeric" value={draft.max} onChange={(_, d) => setDraft({ ...draft, max: d.value })} />
          </Field>
          <Field label="Time limit (seconds)">
            <Input className={styles.input} inputMode="decimal" value={draft.timeLimit} onChange={(_, d) => setDraft({ ...draft, timeLimit: d.value })} />
          </Field>
        </div>
      </section>

      <Accordion collapsible multiple>
        <AccordionItem value="forced">
          <AccordionHeader>Forced in and out ({formatNumber(forceIn.length + forceOut.length)})</AccordionHeader>
          <AccordionPanel>
            <div className={styles.section}>
              <ProjectPicker label="Always include" projects={projects} selected={forceIn} onChange={setForceIn} />
              <ProjectPicker label="Never include" projects={projects} selected={forceOut} onChange={setForceOut} />
            </div>
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="deps">
          <AccordionHeader>Dependencies ({formatNumber(rules.length)})</AccordionHeader>
          <AccordionPanel>
            <DependencyEditor projects={projects} rules={rules} onChange={setRules} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>

      <div className={styles.actions}>
        <Button appearance="primary" icon={<TargetArrowRegular />} disabled={Boolean(unavailable) || busy || running || blocked.has("selection")} onClick={() => void optimise()}>
          Find the best portfolio
        </Button>
        <BlockedHint feature="selection" className={styles.hint} />
        {unavailable ? <Text className={styles.hint}>{unavailable}</Text> : null}
      </div>
      {running ? <SolveProgressBar label="Optimising the portfolio" progress={progress} onCancel={() => solver.cancel()} /> : null}
      {selection && !running ? <SelectionSummary result={selection} limits={results.selectionProblem?.limits ?? {}} /> : null}
      {selection && !running && selection.status !== "infeasible" ? (
        <div className={styles.actions}>
          <RobustnessLink focus="selection" />
        </div>
      ) : null}
    </>
  );
}

function SelectionSummary({ result, limits }: { readonly result: SelectionResult; readonly limits: Readonly<Record<string, number>> }): React.JSX.Element {
  const styles = useOptimiseStepStyles();
  if (result.status === "infeasible") {
    return (
      <MessageBar intent="warning" data-testid="infeasible">
        <MessageBarBody>
          <MessageBarTitle>No portfolio satisfies every rule</MessageBarTitle>
          <ul className={styles.summary}>
            {result.conflicts.map((c, i) => (
              <li key={i}>{c.message}</li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
    );
  }
  const greedy = result.baselines?.greedy;
  return (
    <section aria-label="Selection summary" data-testid="selection-summary">
      <ul className={styles.summary}>
        <li>
          {formatNumber(result.selected.length)} projects selected, total value {formatNumber(result.objective, 1)} ({statusText(result.status, result.gap)}).
        </li>
        {Object.entries(result.totals).map(([limit, spent]) => (
          <li key={limit}>
            {/* Whole amounts, so the headroom shows ("7,487,000 of 7,650,000"), not "7.5M of 7.7M". */}
            {limit}: {formatNumber(spent)} spent
            {limits[limit] !== undefined ? ` of ${formatNumber(limits[limit])} available (${formatNumber(Math.max(0, limits[limit] - spent))} left)` : ""}.
          </li>
        ))}
        {greedy ? (
          <li data-testid="greedy-baseline">
            {baselineSentence(greedy, result.objective, { number: (x) => formatNumber(x, 1), percent: (x) => formatPercent(x, 1) })}
          </li>
        ) : null}
        {(result.warnings ?? []).map((w, i) => (
          <li key={`w${i}`}>{w}</li>
        ))}
      </ul>
    </section>
  );
}

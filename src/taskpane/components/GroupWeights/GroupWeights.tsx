/**
 * Drivers step, group mode: prepare one judgement sheet per stakeholder, then combine the answers into group
 * weights (AIJ or AIP) with each stakeholder's bars side by side, the consensus, the disputed pairs, and who
 * has not answered or is incomplete. Everything shown is read off the engine's GroupResult.
 */
import * as React from "react";
import { Button, Field, Radio, RadioGroup, Subtitle2, Text, Textarea } from "@fluentui/react-components";
import { ArrowSyncRegular, DocumentAddRegular } from "@fluentui/react-icons";
import { formatJudgement, type GroupAggregation, type GroupResult } from "../../../engine/ahp";
import { prioritiseGroup, type GroupPrioritisation } from "../../../engine/portfolio";
import { judgementSheets } from "../../../sheets/judgementSheet";
import { usePmo } from "../../state/PmoContext";
import { formatPercent } from "../../format";
import { WeightBars } from "../WeightBars";
import { useGroupWeightsStyles } from "./useGroupWeightsStyles.styles";

export interface GroupWeightsProps {
  /** The combined result (null until someone has judged every pair), for the step's weights. */
  readonly onResult: (result: GroupResult | null) => void;
}

export function GroupWeights({ onResult }: GroupWeightsProps): React.JSX.Element {
  const styles = useGroupWeightsStyles();
  const { portfolio, excel, run, notify, refreshWorkbook, busy } = usePmo();
  const labels = React.useMemo(() => portfolio?.drivers.map((d) => d.name) ?? [], [portfolio]);
  const roster = portfolio?.group?.stakeholders ?? [];
  const [names, setNames] = React.useState(() => roster.map((s) => s.name).join("\n"));
  const [aggregation, setAggregation] = React.useState<GroupAggregation>("aij");

  const combined = React.useMemo((): { value: GroupPrioritisation | null; error: string | null } => {
    if (!portfolio?.group) return { value: null, error: null };
    try {
      return { value: prioritiseGroup(portfolio.group, { aggregation }), error: null };
    } catch (error) {
      return { value: null, error: error instanceof Error ? error.message : String(error) };
    }
  }, [portfolio, aggregation]);
  const result = combined.value?.result ?? null;

  React.useEffect(() => onResult(result), [result, onResult]);

  const stakeholders = names
    .split("\n")
    .map((n) => n.trim())
    .filter((n, i, all) => n !== "" && all.indexOf(n) === i);

  const prepare = async () => {
    const done = await run("Preparing judgement sheets", () => excel.prepareJudgementSheets(judgementSheets(stakeholders, labels)));
    if (!done) return;
    const kept = done.kept.length ? ` Kept ${done.kept.length} existing sheet${done.kept.length === 1 ? "" : "s"} with their answers.` : "";
    notify({
      intent: "success",
      title: "Judgement sheets ready",
      message: `Created ${done.created.length} sheet${done.created.length === 1 ? "" : "s"}, one per stakeholder.${kept} Share the workbook, then press Combine.`,
    });
    await refreshWorkbook();
  };

  const combine = async () => {
    await refreshWorkbook();
  };

  return (
    <div className={styles.root}>
      <section className={styles.section} aria-labelledby="group-prepare-title">
        <Subtitle2 as="h3" id="group-prepare-title">
          Ask several stakeholders
        </Subtitle2>
        <Field label="Stakeholders (one per line)" hint="From the Stakeholders table when the workbook has one.">
          <Textarea value={names} onChange={(_, d) => setNames(d.value)} resize="vertical" rows={Math.min(6, Math.max(3, stakeholders.length + 1))} />
        </Field>
        <div className={styles.actions}>
          <Button icon={<DocumentAddRegular />} disabled={busy || stakeholders.length === 0 || labels.length < 2} onClick={() => void prepare()}>
            Prepare judgement sheets
          </Button>
          <Button appearance="primary" icon={<ArrowSyncRegular />} disabled={busy} onClick={() => void combine()}>
            Combine
          </Button>
        </div>
        <Text size={200}>
          Writes one sheet per stakeholder with the {(labels.length * (labels.length - 1)) / 2} pairs to judge; existing sheets and their answers are kept. Combine
          reads every sheet and the Judgements table.
        </Text>
        <RadioGroup layout="horizontal" value={aggregation} onChange={(_, d) => setAggregation(d.value as GroupAggregation)} aria-label="How to combine">
          <Radio value="aij" label="Combine judgements (AIJ)" />
          <Radio value="aip" label="Average priorities (AIP)" />
        </RadioGroup>
      </section>

      {combined.error ? (
        <Text className={styles.warning} role="alert">
          {combined.error}
        </Text>
      ) : null}
      {combined.value ? <GroupSummary group={combined.value} /> : null}
    </div>
  );
}

function GroupSummary({ group }: { readonly group: GroupPrioritisation }): React.JSX.Element {
  const styles = useGroupWeightsStyles();
  const r = group.result;
  const top = r?.disputedPairs[0];
  return (
    <section className={styles.section} aria-labelledby="group-result-title" data-testid="group-result">
      <Subtitle2 as="h3" id="group-result-title">
        Group result
      </Subtitle2>
      {r ? (
        <>
          <Text data-testid="group-consensus">
            {r.consensus
              ? `Consensus ${formatPercent(r.consensus.value, 1)} (${r.consensus.level}) among ${r.stakeholders.length} stakeholders.`
              : `One stakeholder so far: no consensus to measure.`}
          </Text>
          {top && top.spread > 0 && r.stakeholders.length > 1 ? (
            <Text data-testid="group-disputed">
              Most disputed: {top.rowLabel} versus {top.columnLabel}, from {formatJudgement(top.lowest.value)} ({top.lowest.stakeholder}) to{" "}
              {formatJudgement(top.highest.value)} ({top.highest.stakeholder}).
            </Text>
          ) : null}
          {r.furthest ? (
            <Text>
              Furthest from the group: {r.furthest.name} ({formatPercent(r.furthest.distance, 1)} of the weight differs).
            </Text>
          ) : null}
          <div className={styles.cards}>
            {r.stakeholders.map((s) => {
              const worst = s.ahp.inconsistencies[0];
              return (
                <section key={s.name} className={styles.card} aria-label={`Weights of ${s.name}`}>
                  <Text weight="semibold" truncate wrap={false}>
                    {s.name}
                  </Text>
                  <Text size={200} className={s.ahp.consistent ? undefined : styles.warning}>
                    CR {s.ahp.cr.toFixed(2)}
                    {s.ahp.consistent ? "" : " — inconsistent"}
                  </Text>
                  <WeightBars labels={r.labels} weights={s.ahp.weights} />
                  {!s.ahp.consistent && worst ? (
                    <Text size={200}>
                      Revisit {worst.rowLabel} versus {worst.columnLabel}: {formatJudgement(worst.current)}; {formatJudgement(worst.suggested)} would fit their other
                      answers.
                    </Text>
                  ) : null}
                </section>
              );
            })}
          </div>
        </>
      ) : (
        <Text>No stakeholder has judged every pair yet, so there are no group weights.</Text>
      )}
      {group.incomplete.length > 0 ? (
        <Text data-testid="group-incomplete">
          Incomplete, left out until finished: {group.incomplete.map((s) => `${s.name} (${s.missing.length} pair${s.missing.length === 1 ? "" : "s"} missing)`).join(", ")}.
        </Text>
      ) : null}
      {group.notAnswered.length > 0 ? <Text data-testid="group-not-answered">Not answered yet: {group.notAnswered.map((s) => s.name).join(", ")}.</Text> : null}
    </section>
  );
}

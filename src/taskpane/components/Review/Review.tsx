/**
 * Review: snapshot this planning cycle into the workbook (inputs, weights, scores, selection, status) and
 * compare two cycles (the live workbook or a stored snapshot against an earlier snapshot) into PMO Review:
 * who moved and why, benefits realised, estimate accuracy by category.
 */
import * as React from "react";
import { Button, Dropdown, Field, Input, Option, Text } from "@fluentui/react-components";
import { CameraRegular, HistoryRegular } from "@fluentui/react-icons";
import { compareCycles, type CycleReview } from "../../../engine/review";
import { parseCycleSnapshot, snapshotFromPortfolio, type CycleSnapshot } from "../../../engine/review";
import { REVIEW_SHEET, reviewSheet } from "../../../sheets/reviewSheet";
import { usePmo } from "../../state/PmoContext";
import { BlockedHint } from "../BlockedHint";
import { currentWeights } from "../../engineBridge";
import { formatFixed, formatNumber, formatPercent } from "../../format";
import { ResultTable } from "../ResultTable";
import { useReviewStyles } from "./useReviewStyles.styles";

/** Document setting holding the stored cycle snapshots (JSON array, oldest first). */
export const CYCLE_SNAPSHOTS_SETTING = "pmoAlign.cycleSnapshots";
const LIVE = "__live__";

/** Stored snapshots, skipping any entry that is not a valid snapshot. */
export function storedSnapshots(value: unknown): CycleSnapshot[] {
  if (!Array.isArray(value)) return [];
  const out: CycleSnapshot[] = [];
  for (const item of value) {
    try {
      out.push(parseCycleSnapshot(item));
    } catch {
      // an entry written by another version: leave it out rather than block the review
    }
  }
  return out;
}

/** The list with `snapshot` added, replacing one of the same cycle name. */
export function withSnapshot(list: readonly CycleSnapshot[], snapshot: CycleSnapshot): CycleSnapshot[] {
  return [...list.filter((s) => s.cycle !== snapshot.cycle), snapshot];
}

export function Review(): React.JSX.Element {
  const styles = useReviewStyles();
  const { portfolio, blocked, driverWeights, results, excel, writeSheet, run, notify, busy } = usePmo();
  const [cycle, setCycle] = React.useState(`Cycle ${new Date().getFullYear()}`);
  const [snapshots, setSnapshots] = React.useState<CycleSnapshot[]>([]);
  const [current, setCurrent] = React.useState<string>(LIVE);
  const [previous, setPrevious] = React.useState<string | null>(null);
  const [review, setReview] = React.useState<CycleReview | null>(null);

  React.useEffect(() => {
    let alive = true;
    void excel.readSetting<unknown>(CYCLE_SNAPSHOTS_SETTING).then((v) => {
      if (alive) setSnapshots(storedSnapshots(v));
    }).catch(() => undefined);
    return () => {
      alive = false;
    };
  }, [excel]);

  if (!portfolio) return <Text>Read a workbook with Projects and Drivers first (step 1).</Text>;

  const liveSnapshot = (name: string): CycleSnapshot => {
    return snapshotFromPortfolio(portfolio, {
      cycle: name,
      weights: currentWeights(portfolio, driverWeights),
      selected: results.selection && results.selection.status !== "infeasible" ? results.selection.selected : null,
    });
  };

  const snapshot = async () => {
    const name = cycle.trim();
    if (!name) return;
    const saved = await run("Saving the cycle snapshot", async () => {
      const next = withSnapshot(snapshots, liveSnapshot(name));
      await excel.writeSetting(CYCLE_SNAPSHOTS_SETTING, next);
      return next;
    });
    if (!saved) return;
    setSnapshots(saved);
    notify({ intent: "success", title: `Snapshot '${name}' saved`, message: `${formatNumber(portfolio.projects.length)} projects with weights, scores${results.selection ? ", selection" : ""} and status, stored in this workbook.` });
  };

  const byName = (name: string | null) => snapshots.find((s) => s.cycle === name) ?? null;
  const previousSnapshot = byName(previous);
  const canCompare = previousSnapshot !== null && (current === LIVE || (byName(current) !== null && current !== previous));

  const compare = async () => {
    if (!previousSnapshot) return;
    const computed = await run("Comparing the cycles", async () => {
      const cur = current === LIVE ? liveSnapshot("This workbook") : byName(current)!;
      return compareCycles(previousSnapshot, cur);
    });
    if (!computed) return;
    setReview(computed);
    const written = await writeSheet(reviewSheet(computed));
    if (written) notify({ intent: "success", title: `${REVIEW_SHEET} written`, message: `${computed.currentCycle} compared with ${computed.previousCycle}.` });
  };

  return (
    <>
      <section className={styles.section} aria-labelledby="snapshot-heading">
        <Text id="snapshot-heading" weight="semibold">
          Snapshot this cycle
        </Text>
        <div className={styles.row}>
          <Field label="Cycle name">
            <Input value={cycle} onChange={(_, d) => setCycle(d.value)} />
          </Field>
          <Button icon={<CameraRegular />} disabled={busy || blocked.has("review") || !cycle.trim()} onClick={() => void snapshot()}>
            Snapshot this cycle
          </Button>
        </div>
        <BlockedHint feature="review" className={styles.hint} />
        <Text className={styles.hint}>
          {snapshots.length ? `Stored: ${snapshots.map((s) => s.cycle).join(", ")}` : "No snapshots stored in this workbook yet."}
        </Text>
      </section>
      <section className={styles.section} aria-labelledby="compare-heading">
        <Text id="compare-heading" weight="semibold">
          Compare two cycles
        </Text>
        <div className={styles.row}>
          <CycleDropdown
            label="Cycle"
            snapshots={snapshots}
            live
            value={current === LIVE ? "This workbook (now)" : current}
            selected={current}
            onSelect={(cycle) => setCurrent(cycle ?? LIVE)}
          />
          <CycleDropdown label="Compared with" snapshots={snapshots} placeholder="Choose a snapshot" value={previous ?? ""} selected={previous} onSelect={setPrevious} />
          <Button appearance="primary" icon={<HistoryRegular />} disabled={busy || !canCompare} onClick={() => void compare()}>
            Compare cycles
          </Button>
        </div>
      </section>
      <div aria-live="polite">{review ? <ReviewSummary review={review} /> : null}</div>
    </>
  );
}

interface CycleDropdownProps {
  readonly label: string;
  readonly snapshots: readonly CycleSnapshot[];
  /** Offer the live workbook first. */
  readonly live?: boolean;
  readonly placeholder?: string;
  /** Text shown in the closed dropdown. */
  readonly value: string;
  readonly selected: string | null;
  onSelect(cycle: string | null): void;
}

/** A labelled choice of stored cycles (and optionally the live workbook). */
function CycleDropdown({ label, snapshots, live, placeholder, value, selected, onSelect }: CycleDropdownProps): React.JSX.Element {
  return (
    <Field label={label}>
      <Dropdown placeholder={placeholder} value={value} selectedOptions={selected ? [selected] : []} onOptionSelect={(_, d) => onSelect(d.optionValue ?? null)}>
        {live ? <Option value={LIVE}>This workbook (now)</Option> : null}
        {snapshots.map((s) => (
          <Option key={s.cycle} value={s.cycle}>
            {s.cycle}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

function ReviewSummary({ review }: { readonly review: CycleReview }): React.JSX.Element {
  const styles = useReviewStyles();
  const movers = review.moves.slice(0, 5);
  const all = review.estimateAccuracy.find((a) => a.category === "All");
  return (
    <>
      <ResultTable
        caption={`Largest score changes, ${review.currentCycle} against ${review.previousCycle}`}
        rows={movers}
        rowKey={(m) => m.id}
        columns={[
          { header: "Project", cell: (m) => m.name },
          { header: "Change", cell: (m) => `${m.scoreDelta >= 0 ? "+" : ""}${formatFixed(m.scoreDelta, 1)}`, numeric: true },
          { header: "Rank", cell: (m) => `${m.previousRank} → ${m.currentRank}` },
        ]}
      />
      {movers[0] ? <Text className={styles.hint}>{movers[0].explanation}</Text> : null}
      {review.benefits.length ? (
        <Text>{`Finished projects realised ${review.benefitTotals.ratio === null ? "—" : formatPercent(review.benefitTotals.ratio, 0)} of the benefits forecast.`}</Text>
      ) : null}
      {all ? <Text>{`Final cost ÷ first estimate: median ${formatFixed(all.median, 2)} over ${formatNumber(all.count)} projects.`}</Text> : null}
    </>
  );
}

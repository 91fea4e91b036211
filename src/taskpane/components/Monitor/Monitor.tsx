/**
 * Monitor: delivery status from the Status table (earned value per project, RAG against the thresholds the
 * user sets, CPI/SPI trend) written as PMO Status, and the one-page steering view as PMO Dashboard (using
 * the latest selection and frontier from the Optimise step when there are any).
 */
import * as React from "react";
import { Badge, Button, Field, Input, Text } from "@fluentui/react-components";
import { PulseRegular } from "@fluentui/react-icons";
import type { AllocationProblem, AllocationResult } from "../../../engine/resources";
import type { RagStatus } from "../../../engine/monitoring";
import type { StatusReport } from "../../../engine/monitoring";
import type { Portfolio } from "../../../engine/portfolio";
import type { FrontierResult, SelectionResult } from "../../../engine/selection";
import { DASHBOARD_SHEET, dashboardSheet } from "../../../sheets/dashboardSheet";
import type { SheetSpec } from "../../../sheets/sheetSpec";
import { STATUS_SHEET, statusSheet } from "../../../sheets/statusSheet";
import { usePmo } from "../../state/PmoContext";
import { BlockedHint } from "../BlockedHint";
import { portfolioDashboard, portfolioStatus } from "../../../workflow";
import { formatFixed, formatNumber } from "../../format";
import { ResultTable } from "../ResultTable";
import { useMonitorStyles } from "./useMonitorStyles.styles";

const RAG_BADGE: Record<RagStatus, "success" | "warning" | "danger"> = { Green: "success", Amber: "warning", Red: "danger" };

/** Status report and both sheets, without React (also used by tests). */
export function monitorSheets(
  portfolio: Portfolio,
  thresholds: { green: number; amber: number },
  latest: {
    selection?: SelectionResult;
    frontier?: FrontierResult;
    scores?: Readonly<Record<string, number>>;
    allocation?: { readonly problem: AllocationProblem; readonly result: AllocationResult } | null;
  },
): { status: StatusReport; sheets: SheetSpec[] } {
  const status = portfolioStatus(portfolio, thresholds);
  const scores = latest.scores ? portfolio.projects.map((p) => latest.scores![p.id] ?? 0) : null;
  const data = portfolioDashboard(portfolio, {
    status,
    scores,
    selection: latest.selection ?? null,
    frontier: latest.frontier ?? null,
    allocation: latest.allocation ?? null,
  });
  return { status, sheets: [statusSheet(status), dashboardSheet(data)] };
}

export function Monitor(): React.JSX.Element {
  const styles = useMonitorStyles();
  const { portfolio, blocked, results, setResults, writeSheet, run, notify, busy } = usePmo();
  const [green, setGreen] = React.useState(String(portfolio?.settings.ragGreen ?? 0.95));
  const [amber, setAmber] = React.useState(String(portfolio?.settings.ragAmber ?? 0.85));
  const status = results.extra?.status as StatusReport | undefined;

  if (!portfolio) return <Text>Read a workbook with Projects and Drivers first (step 1).</Text>;
  if (!portfolio.status.length) return <Text>The workbook has no Status rows yet: add a Status table (project, period, BAC, PV, EV, AC) to monitor delivery.</Text>;

  const g = Number(green);
  const a = Number(amber);
  const thresholdsOk = Number.isFinite(g) && Number.isFinite(a) && g >= 0 && a >= 0 && a <= g;

  const update = async () => {
    const computed = await run("Updating the status", async () =>
      monitorSheets(portfolio, { green: g, amber: a }, {
        selection: results.selection,
        frontier: results.frontier,
        scores: results.ranking?.scores,
        allocation: results.allocation && results.allocationProblem ? { problem: results.allocationProblem, result: results.allocation } : null,
      }),
    );
    if (!computed) return;
    setResults({ extra: { ...results.extra, status: computed.status } });
    let written = 0;
    for (const sheet of computed.sheets) if (await writeSheet(sheet)) written++;
    if (written === computed.sheets.length) {
      const t = computed.status.totals;
      notify({ intent: "success", title: `${STATUS_SHEET} and ${DASHBOARD_SHEET} written`, message: `Portfolio CPI ${t.cpi === null ? "—" : formatFixed(t.cpi, 2)}, SPI ${t.spi === null ? "—" : formatFixed(t.spi, 2)}: ${t.rag ?? "no status"}.` });
    }
  };

  return (
    <>
      <div className={styles.form}>
        <Field label="Green from" hint="CPI and SPI at least">
          <Input className={styles.input} type="number" value={green} step={0.01} onChange={(_, d) => setGreen(d.value)} />
        </Field>
        <Field label="Amber from" hint="the worse index at least" validationMessage={thresholdsOk ? undefined : "Between 0 and the green threshold"}>
          <Input className={styles.input} type="number" value={amber} step={0.01} onChange={(_, d) => setAmber(d.value)} />
        </Field>
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" icon={<PulseRegular />} disabled={busy || blocked.has("monitoring") || !thresholdsOk} onClick={() => void update()}>
          Update status and dashboard
        </Button>
        <BlockedHint feature="monitoring" className={styles.hint} />
        {results.selection ? null : <Text className={styles.hint}>Run Optimise first to show the selection and budgets on the dashboard.</Text>}
      </div>
      <div aria-live="polite">{status ? <StatusSummary status={status} /> : null}</div>
    </>
  );
}

function StatusSummary({ status }: { readonly status: StatusReport }): React.JSX.Element {
  const styles = useMonitorStyles();
  const c = status.totals.counts;
  const atRisk = status.projects.filter((p) => p.rag === "Red" || p.rag === "Amber");
  const index = (x: number | null) => (x === null ? "—" : formatFixed(x, 2));
  return (
    <>
      <div className={styles.counts} role="group" aria-label="Projects by status">
        {(["Green", "Amber", "Red"] as const).map((r) => (
          <Badge key={r} color={RAG_BADGE[r]} appearance="filled">
            {`${r} ${formatNumber(c[r])}`}
          </Badge>
        ))}
      </div>
      <ResultTable
        caption={`Projects at risk as of ${status.asOf ?? "—"} (${formatNumber(atRisk.length)})`}
        rows={atRisk}
        rowKey={(p) => p.project}
        columns={[
          { header: "Project", cell: (p) => p.name },
          { header: "RAG", cell: (p) => p.rag },
          { header: "CPI", cell: (p) => index(p.cpi), numeric: true },
          { header: "SPI", cell: (p) => index(p.spi), numeric: true },
        ]}
      />
    </>
  );
}

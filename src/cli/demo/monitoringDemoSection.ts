/** The demo's monitoring step: delivery status from the Status table (earned value, RAG, trend) and PMO Status. */
import { statusReport } from "../../engine/monitoring";
import { statusSheet } from "../../sheets/statusSheet";
import type { DemoSection } from "./types";
import { formatTable } from "../framework/output";

const AT_RISK_SHOWN = 5;

export const monitoringDemoSection: DemoSection = {
  title: "Monitoring: delivery status",
  run({ portfolio }) {
    if (!portfolio.status.length) return { lines: ["No Status table rows: nothing to monitor yet."] };
    const names = Object.fromEntries(portfolio.projects.map((p) => [p.id, p.name]));
    const report = statusReport(portfolio.status, {
      thresholds: { green: portfolio.settings.ragGreen, amber: portfolio.settings.ragAmber },
      names,
    });
    const t = report.totals;
    const index = (x: number | null) => (x === null ? "n/a" : x.toFixed(2));
    const lines = [
      `As of ${report.asOf ?? "n/a"}: portfolio CPI ${index(t.cpi)}, SPI ${index(t.spi)} (${t.rag ?? "no RAG"}); ` +
        `${t.counts.Red} Red, ${t.counts.Amber} Amber, ${t.counts.Green} Green` +
        (t.counts.None ? `, ${t.counts.None} without indices` : ""),
    ];
    const atRisk = report.projects.filter((p) => p.rag === "Red" || p.rag === "Amber").slice(0, AT_RISK_SHOWN);
    if (atRisk.length) {
      lines.push("");
      const rows = atRisk.map((p) => [p.project, p.name, p.rag ?? "", index(p.cpi), index(p.spi), p.cpiTrend ?? ""]);
      const right = (header: string) => ({ header, align: "right" as const });
      lines.push(...formatTable(["Project", "Name", "RAG", right("CPI"), right("SPI"), "CPI trend"], rows));
    }
    return { lines, sheets: [statusSheet(report)] };
  },
};

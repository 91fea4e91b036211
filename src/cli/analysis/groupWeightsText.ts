/**
 * Group prioritisation as text and JSON: shared by `pmo-align weights --group` and the demo section.
 * Everything shown is read off the GroupResult (and the stakeholders who could not be counted).
 */
import { formatJudgement, type GroupResult } from "../../engine/ahp";
import type { GroupPrioritisation } from "../../engine/portfolio";
import type { GroupStakeholder } from "../../engine/portfolio";
import { formatTable } from "../framework/output";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const AGGREGATION_WORDS = { aij: "AIJ, weighted geometric mean of the judgements", aip: "AIP, weighted mean of the stakeholders' priorities" } as const;

/** The stakeholders' roles by name, for the table (empty when none were given). */
function roleOf(roster: readonly GroupStakeholder[], name: string): string {
  return roster.find((s) => s.name === name)?.role ?? "";
}

/** Lines: weights side by side, the stakeholder table, consensus, disputed pair, furthest, who is missing. */
export function groupLines(group: GroupPrioritisation, roster: readonly GroupStakeholder[], options: { color?: boolean } = {}): string[] {
  const lines: string[] = [];
  const r = group.result;
  if (r) {
    lines.push(`Group weights (${AGGREGATION_WORDS[r.aggregation]}) of ${r.stakeholders.length} stakeholder${r.stakeholders.length === 1 ? "" : "s"}`, "");
    const columns = ["Driver", { header: "Group", align: "right" as const }, ...r.stakeholders.map((s) => ({ header: s.name, align: "right" as const }))];
    const rows = r.labels.map((label, i) => [label, pct(r.weights[i]!), ...r.stakeholders.map((s) => pct(s.ahp.weights[i]!))]);
    lines.push(...formatTable(columns, rows, options), "");
    const table = r.stakeholders.map((s) => [
      s.name,
      roleOf(roster, s.name),
      pct(s.weight),
      s.ahp.cr.toFixed(3),
      s.ahp.consistent ? "yes" : "no: revisit",
      pct(s.distance),
    ]);
    if (r.groupMatrix) table.push(["(group)", "", "", r.groupMatrix.ahp.cr.toFixed(3), r.groupMatrix.ahp.consistent ? "yes" : "no", ""]);
    lines.push(
      ...formatTable(
        ["Stakeholder", "Role", { header: "Vote", align: "right" }, { header: "CR", align: "right" }, "Consistent", { header: "Off group", align: "right" }],
        table,
        options,
      ),
      "",
    );
    lines.push(...summaryLines(r));
  } else {
    lines.push("No stakeholder has judged every pair yet, so there are no group weights.");
  }
  if (group.incomplete.length > 0) {
    lines.push(`Incomplete (left out until finished): ${group.incomplete.map((s) => `${s.name} (${s.missing.length} pair${s.missing.length === 1 ? "" : "s"} missing)`).join(", ")}`);
  }
  if (group.notAnswered.length > 0) lines.push(`Not answered yet: ${group.notAnswered.map((s) => s.name).join(", ")}`);
  return lines;
}

/** Consensus, the most disputed pair, the stakeholder furthest from the group and each inconsistent stakeholder's worst judgement. */
export function summaryLines(r: GroupResult): string[] {
  const lines: string[] = [];
  lines.push(r.consensus ? `Consensus ${pct(r.consensus.value)} (${r.consensus.level}; Goepel's AHP consensus indicator)` : "Consensus: needs two stakeholders with a vote");
  const top = r.disputedPairs[0];
  if (top && top.spread > 0 && r.stakeholders.length > 1) {
    lines.push(
      `Most disputed pair: ${top.rowLabel} vs ${top.columnLabel}, from ${formatJudgement(top.lowest.value)} (${top.lowest.stakeholder}) to ${formatJudgement(top.highest.value)} (${top.highest.stakeholder}); group ${formatJudgement(top.groupJudgement)}`,
    );
  }
  if (r.furthest) lines.push(`Furthest from the group: ${r.furthest.name} (${pct(r.furthest.distance)} of the weight would have to move)`);
  for (const s of r.stakeholders) {
    const worst = s.ahp.inconsistencies[0];
    if (!s.ahp.consistent && worst) {
      lines.push(
        `${s.name} is inconsistent (CR ${s.ahp.cr.toFixed(3)}): ${worst.rowLabel} vs ${worst.columnLabel} is ${formatJudgement(worst.current)}; ${formatJudgement(worst.suggested)} would agree with their other judgements (CR ${worst.crIfChanged.toFixed(3)})`,
      );
    }
  }
  return lines;
}

/** The documented JSON of `weights --group --json` (docs/cli.md). */
export function groupJson(group: GroupPrioritisation) {
  const r = group.result;
  return {
    labels: r?.labels ?? [],
    aggregation: r?.aggregation ?? null,
    weights: r?.weights ?? null,
    groupCr: r?.groupMatrix?.ahp.cr ?? null,
    consensus: r?.consensus ? { value: r.consensus.value, level: r.consensus.level, homogeneity: r.consensus.homogeneity } : null,
    stakeholders: (r?.stakeholders ?? []).map((s) => ({
      name: s.name,
      vote: s.weight,
      weights: s.ahp.weights,
      cr: s.ahp.cr,
      consistent: s.ahp.consistent,
      distance: s.distance,
      mostInconsistent: s.ahp.inconsistencies[0]
        ? { row: s.ahp.inconsistencies[0].rowLabel, column: s.ahp.inconsistencies[0].columnLabel, current: s.ahp.inconsistencies[0].current, suggested: s.ahp.inconsistencies[0].suggested }
        : null,
    })),
    disputedPairs: (r?.disputedPairs ?? []).map((p) => ({ row: p.rowLabel, column: p.columnLabel, spread: p.spread, lowest: p.lowest, highest: p.highest, group: p.groupJudgement })),
    furthest: r?.furthest?.name ?? null,
    incomplete: group.incomplete.map((s) => ({ name: s.name, missing: s.missing })),
    notAnswered: group.notAnswered.map((s) => s.name),
  };
}

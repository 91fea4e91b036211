/** The report as one self-contained HTML file: inline CSS and inline SVG charts, opens in any browser offline. */
import type { RenderedChart } from "./charts";
import type { ReportModel } from "./reportModel";

const RAG_CSS: Record<string, string> = { Green: "#C6EFCE;color:#006100", Amber: "#FFEB9C;color:#9C5700", Red: "#FFC7CE;color:#9C0006" };

export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const ragStyle = (word: string | undefined) => (word && RAG_CSS[word] ? ` style="background:${RAG_CSS[word]}"` : "");

export function reportHtml(model: ReportModel, charts: readonly RenderedChart[]): string {
  const tiles = model.headline
    .map((h) => `<div class="tile"${ragStyle(h.rag)}><div class="label">${escapeHtml(h.label)}</div><div class="value">${escapeHtml(h.value)}</div></div>`)
    .join("\n");
  const figures = charts
    .map((c) => `<figure id="chart-${c.id}" aria-label="${escapeHtml(c.title)}">${c.svg.replace(/<\?xml[^>]*>/, "")}<figcaption>${escapeHtml(c.title)}</figcaption></figure>`)
    .join("\n");
  const tables = model.tables
    .map(
      (t) => `<section><h2>${escapeHtml(t.title)}</h2><table><thead><tr>${t.headers.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr></thead><tbody>${t.rows
        .map((r) => `<tr>${r.map((cell, j) => `<td${j === t.ragColumn ? ragStyle(cell) : ""}>${escapeHtml(cell)}</td>`).join("")}</tr>`)
        .join("")}</tbody></table></section>`,
    )
    .join("\n");
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="PMO Align">
<title>${escapeHtml(model.title)}</title>
<style>
body{font-family:Helvetica,Arial,sans-serif;margin:24px;color:#222}
h1{font-size:22px;margin:0 0 4px}
.sub{color:#555;font-size:13px;margin-bottom:16px}
.tiles{display:flex;flex-wrap:wrap;gap:8px;margin-bottom:16px}
.tile{border:1px solid #ddd;border-radius:4px;padding:8px 12px;min-width:150px}
.tile .label{font-size:11px;color:#555}.tile .value{font-size:16px;font-weight:bold}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(420px,1fr));gap:12px}
figure{margin:0;border:1px solid #eee;padding:6px}figcaption{font-size:11px;color:#777}
table{border-collapse:collapse;font-size:12px;margin-bottom:16px}
th{background:#1F4E79;color:#fff;text-align:left;padding:4px 8px}
td{border-bottom:1px solid #eee;padding:3px 8px}
h2{font-size:15px;margin:18px 0 6px}
@media print{@page{size:landscape}.charts{grid-template-columns:1fr 1fr}section{break-inside:avoid}}
</style>
</head>
<body>
<h1>${escapeHtml(model.title)}</h1>
<div class="sub">${escapeHtml(model.subtitle)}</div>
<div class="tiles">
${tiles}
</div>
<div class="charts">
${figures}
</div>
${tables}
</body>
</html>
`;
}

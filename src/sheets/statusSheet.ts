/**
 * The `PMO Status` sheet: one row per project with its latest earned-value measures, RAG status (coloured by
 * conditional formats, so it follows edits) and CPI/SPI trend arrows, then the portfolio totals.
 * Measures are written as formulas over the row's BAC/PV/EV/AC, with the engine's values cached.
 */
import type { ProjectStatus, StatusReport } from "../engine/monitoring";
import { ragFormats } from "./ragColours";
import type { CellValue, SheetSpec } from "./sheetSpec";
import { a1, a1Range } from "./sheetSpec";

export const STATUS_SHEET = "PMO Status";

const HEADER_ROW = 3;
export const STATUS_HEADERS = [
  "Project",
  "Name",
  "Period",
  "BAC",
  "PV",
  "EV",
  "AC",
  "CV",
  "SV",
  "CPI",
  "SPI",
  "EAC",
  "VAC",
  "TCPI",
  "RAG",
  "CPI trend",
  "SPI trend",
  "% complete",
  "Forecast end",
  "Notes",
] as const;
const C = Object.fromEntries(STATUS_HEADERS.map((h, i) => [h, i])) as Record<(typeof STATUS_HEADERS)[number], number>;

export interface StatusSheetOptions {
  /** Trend tolerance used by the report (arrow cut-offs ±tolerance); default 0.02. */
  readonly flatTolerance?: number;
}

const blank = (x: number | null | undefined): CellValue => (x === null || x === undefined ? "" : x);

/** Formulas of one row (Excel row `r`, 1-based) so the sheet recomputes when the user edits the figures. */
function rowFormulas(r: number, green: number, amber: number): (string | null)[] {
  const col = (name: (typeof STATUS_HEADERS)[number]) => a1(r - 1, C[name]);
  const [bac, pv, ev, ac, cpi, spi, eac] = [col("BAC"), col("PV"), col("EV"), col("AC"), col("CPI"), col("SPI"), col("EAC")];
  const f: (string | null)[] = STATUS_HEADERS.map(() => null);
  f[C.CV] = `=${ev}-${ac}`;
  f[C.SV] = `=${ev}-${pv}`;
  f[C.CPI] = `=IF(${ac}>0,${ev}/${ac},"")`;
  f[C.SPI] = `=IF(${pv}>0,${ev}/${pv},"")`;
  f[C.EAC] = `=IF(AND(${ac}>0,${ev}>0),${bac}*${ac}/${ev},"")`;
  f[C.VAC] = `=IF(${eac}="","",${bac}-${eac})`;
  f[C.TCPI] = `=IF(${bac}>${ac},(${bac}-${ev})/(${bac}-${ac}),"")`;
  f[C.RAG] = `=IF(OR(${cpi}="",${spi}=""),"",IF(MIN(${cpi},${spi})>=${green},"Green",IF(MIN(${cpi},${spi})>=${amber},"Amber","Red")))`;
  return f;
}

function rowValues(p: ProjectStatus): CellValue[] {
  return [
    p.project,
    p.name,
    p.period,
    p.bac,
    p.pv,
    p.ev,
    p.ac,
    p.cv,
    p.sv,
    blank(p.cpi),
    blank(p.spi),
    blank(p.eac),
    blank(p.vac),
    blank(p.tcpi),
    p.rag ?? "",
    blank(p.cpiDelta),
    blank(p.spiDelta),
    blank(p.percentComplete),
    p.forecastEnd ?? "",
    p.notes.join(" "),
  ];
}

export function statusSheet(report: StatusReport, options: StatusSheetOptions = {}): SheetSpec {
  const { green, amber } = report.thresholds;
  const tol = options.flatTolerance ?? 0.02;
  const n = report.projects.length;
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + Math.max(n, 1);
  const values: CellValue[][] = [[...STATUS_HEADERS]];
  const formulas: (string | null)[][] = [STATUS_HEADERS.map(() => null)];
  report.projects.forEach((p, i) => {
    values.push(rowValues(p));
    formulas.push(rowFormulas(first + i + 1, green, amber));
  });

  // Totals two rows below the table: sums, then ratios of the sums (not averages of ratios).
  const totalRow = last + 2;
  const t = report.totals;
  const sumOf = (name: (typeof STATUS_HEADERS)[number]) => `=SUM(${a1Range(first, C[name], last, C[name])})`;
  const totalsValues: CellValue[] = STATUS_HEADERS.map(() => "");
  totalsValues[0] = "Portfolio total";
  totalsValues[C.BAC] = t.bac;
  totalsValues[C.PV] = t.pv;
  totalsValues[C.EV] = t.ev;
  totalsValues[C.AC] = t.ac;
  totalsValues[C.CV] = t.cv;
  totalsValues[C.SV] = t.sv;
  totalsValues[C.CPI] = blank(t.cpi);
  totalsValues[C.SPI] = blank(t.spi);
  totalsValues[C.EAC] = blank(t.eac);
  totalsValues[C.VAC] = blank(t.vac);
  totalsValues[C.TCPI] = blank(t.tcpi);
  totalsValues[C.RAG] = t.rag ?? "";
  const totalsFormulas = rowFormulas(totalRow + 1, green, amber);
  for (const name of ["BAC", "PV", "EV", "AC"] as const) totalsFormulas[C[name]] = n > 0 ? sumOf(name) : null;
  totalsValues[C.Notes] = "Indices are ratios of the sums (ΣEV ÷ ΣAC), so large projects weigh more, as they should.";

  const c = t.counts;
  const countsLine = `Green ${c.Green} · Amber ${c.Amber} · Red ${c.Red}${c.None ? ` · not started ${c.None}` : ""}`;
  const ragCol = a1Range(first, C.RAG, totalRow, C.RAG);
  return {
    name: STATUS_SHEET,
    blocks: [
      { at: "A1", values: [[`PMO Status: delivery as of ${report.asOf ?? "(no status rows)"}`]] },
      {
        at: "A2",
        values: [
          [
            `RAG: Green when CPI and SPI are both ≥ ${green}, Amber when the worse is ≥ ${amber}, Red below. Trend: change over the last ${report.trendPeriods} periods (arrows at ±${tol}). ${countsLine}`,
          ],
        ],
      },
      { at: a1(HEADER_ROW, 0), values, formulas, header: true, tableName: n > 0 ? "PMOStatus" : undefined },
      { at: a1(totalRow, 0), values: [totalsValues], formulas: [totalsFormulas] },
    ],
    numberFormats: [
      { range: a1Range(first, C.BAC, totalRow, C.SV), format: "#,##0" },
      { range: a1Range(first, C.CPI, totalRow, C.SPI), format: "0.00" },
      { range: a1Range(first, C.EAC, totalRow, C.VAC), format: "#,##0" },
      { range: a1Range(first, C.TCPI, totalRow, C.TCPI), format: "0.00" },
      { range: a1Range(first, C["CPI trend"], last, C["SPI trend"]), format: "+0.00;-0.00;0.00" },
      { range: a1Range(first, C["% complete"], last, C["% complete"]), format: "0%" },
    ],
    conditionalFormats: [
      ...ragFormats(ragCol),
      { type: "iconSet", range: a1Range(first, C["CPI trend"], last, C["SPI trend"]), icons: "3Arrows", thresholds: [-tol, tol] },
    ],
    columnWidths: [10, 30, 9, 12, 12, 12, 12, 11, 11, 7, 7, 12, 11, 7, 8, 10, 10, 10, 12, 50],
    freezeRows: HEADER_ROW + 1,
    bold: [a1(0, 0), a1Range(totalRow, 0, totalRow, C.RAG)],
  };
}

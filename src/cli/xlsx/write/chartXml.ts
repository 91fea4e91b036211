/**
 * A sheet's charts as DrawingML parts for the streaming package writer: one drawing part anchoring every chart
 * of the sheet, and one `c:chartSpace` part per chart. Series come from seriesRefs.ts (the same references the
 * excelts path draws), with caches filled from the cells being written. Elements follow the schema's order
 * (ECMA-376 part 1, dml-chart.xsd), which Excel enforces: an element out of order is a repair prompt.
 */
import type { CellValue, ChartKind, ChartSpec } from "../../../sheets/sheetSpec";
import { type SeriesLook, seriesXml } from "./chartSeriesXml";
import { NS_A, NS_C, NS_R, XML_DECLARATION, titleXml } from "./drawingMl";
import { drawingXml } from "./drawingXml";
import { type RangeRef, seriesRefs } from "./seriesRefs";

export interface DrawingParts {
  readonly drawingXml: string;
  readonly charts: readonly string[];
}

/** One drawing part holding every chart of a sheet; chart k (0-based) is referenced from drawingXml as r:id="rId{k+1}". */
export function drawingParts(sheetName: string, charts: readonly ChartSpec[], cellValue: (row0: number, col0: number) => CellValue): DrawingParts {
  return { drawingXml: drawingXml(charts), charts: charts.map((chart) => chartSpaceXml(sheetName, chart, cellValue)) };
}

const CAT_AX = 500_000_001;
const VAL_AX = 500_000_002;

/** What each ChartKind writes: the plot element with its settings, how a series looks, and its axes. */
interface KindXml {
  readonly open: string;
  readonly close: string;
  readonly look: SeriesLook;
  readonly scatter: boolean;
  /** Horizontal bars put the categories on the left and the values at the bottom. */
  readonly horizontal: boolean;
}

const NO_LINE = '<c:spPr><a:ln w="28575" cap="rnd"><a:noFill/><a:round/></a:ln></c:spPr>';
const CIRCLES = '<c:marker><c:symbol val="circle"/><c:size val="6"/></c:marker>';
const NO_MARKER = '<c:marker><c:symbol val="none"/></c:marker>';
const AX_IDS = `<c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/>`;

function kindXml(kind: ChartKind): KindXml {
  const bar = (dir: "bar" | "col", grouping: "stacked" | "clustered"): KindXml => ({
    open: `<c:barChart><c:barDir val="${dir}"/><c:grouping val="${grouping}"/><c:varyColors val="0"/>`,
    close: `<c:gapWidth val="${grouping === "stacked" ? 60 : 150}"/>${grouping === "stacked" ? '<c:overlap val="100"/>' : ""}${AX_IDS}</c:barChart>`,
    look: { scatter: false, shape: "", bar: true, smooth: false },
    scatter: false,
    horizontal: dir === "bar",
  });
  const line = (markers: boolean): KindXml => ({
    open: '<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>',
    close: `<c:marker val="1"/>${AX_IDS}</c:lineChart>`,
    look: { scatter: false, shape: markers ? "" : NO_MARKER, bar: false, smooth: true },
    scatter: false,
    horizontal: false,
  });
  // Both scatter kinds use Excel's own encoding: style lineMarker, with the line hidden per series for xyScatter.
  const scatter = (lines: boolean): KindXml => ({
    open: '<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>',
    close: `${AX_IDS}</c:scatterChart>`,
    look: { scatter: true, shape: lines ? "" : NO_LINE + CIRCLES, bar: false, smooth: true },
    scatter: true,
    horizontal: false,
  });
  switch (kind) {
    case "barStacked":
      return bar("bar", "stacked");
    case "barClustered":
      return bar("bar", "clustered");
    case "columnClustered":
      return bar("col", "clustered");
    case "line":
      return line(false);
    case "lineMarkers":
      return line(true);
    case "xyScatter":
      return scatter(false);
    case "scatterLines":
      return scatter(true);
  }
}

function chartSpaceXml(sheetName: string, chart: ChartSpec, cellValue: (row0: number, col0: number) => CellValue): string {
  const kind = kindXml(chart.kind);
  const series = seriesRefs(sheetName, chart);
  const legend = series.length > 1 ? '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' : "";
  return (
    XML_DECLARATION +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    '<c:date1904 val="0"/><c:lang val="en-US"/><c:roundedCorners val="0"/>' +
    "<c:chart>" +
    titleXml(chart.title) +
    '<c:autoTitleDeleted val="0"/>' +
    "<c:plotArea><c:layout/>" +
    kind.open +
    seriesXml(series, kind.look, cellValue) +
    kind.close +
    axesXml(kind, chart, axisFormat(series.map((r) => r.values), cellValue), kind.scatter ? axisFormat(series.map((r) => r.categories), cellValue) : GENERAL) +
    "</c:plotArea>" +
    legend +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    "</c:chart>" +
    "</c:chartSpace>"
  );
}

/**
 * Category charts: a category axis (x) and a value axis (y). Scatter charts: two value axes. For horizontal bars
 * the category axis stands on the left and the value axis at the bottom, so the axis titles follow them:
 * `xAxisTitle` names the categories and `yAxisTitle` the values, as in the add-in.
 */
function axesXml(kind: KindXml, chart: ChartSpec, valueFormat: string, xFormat: string): string {
  const catPos = kind.horizontal ? "l" : "b";
  const valPos = kind.horizontal ? "b" : "l";
  const title = (t: string | undefined) => (t ? titleXml(t) : "");
  const common = (id: number, pos: string, grid: boolean, axisTitle: string | undefined, format = GENERAL) =>
    `<c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${pos}"/>` +
    (grid ? "<c:majorGridlines/>" : "") +
    title(axisTitle) +
    format +
    '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>';
  const xAxis = kind.scatter
    ? `<c:valAx>${common(CAT_AX, catPos, false, chart.xAxisTitle, xFormat)}<c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:crossBetween val="midCat"/></c:valAx>`
    : `<c:catAx>${common(CAT_AX, catPos, false, chart.xAxisTitle)}<c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const yAxis = `<c:valAx>${common(VAL_AX, valPos, true, chart.yAxisTitle, valueFormat)}<c:crossAx val="${CAT_AX}"/><c:crosses val="autoZero"/><c:crossBetween val="${kind.scatter ? "midCat" : "between"}"/></c:valAx>`;
  return xAxis + yAxis;
}

const GENERAL = '<c:numFmt formatCode="General" sourceLinked="1"/>';

/**
 * A value axis's label format: thousands separated once its numbers reach 10,000 (budgets, costs in EUR),
 * which the caches' General format would print as 3000000; smaller numbers (scores, FTE) keep General.
 */
function axisFormat(ranges: readonly RangeRef[], cellValue: (row0: number, col0: number) => CellValue): string {
  let largest = 0;
  for (const r of ranges) {
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) {
        const v = cellValue(row, col);
        if (typeof v === "number" && Math.abs(v) > largest) largest = Math.abs(v);
      }
    }
  }
  return largest >= 10_000 ? '<c:numFmt formatCode="#,##0" sourceLinked="0"/>' : GENERAL;
}

/**
 * DrawingML charts for the package writer: every ChartKind parses, carries its plot settings, plots the ranges
 * seriesRefs decides with caches equal to the cells, and keeps the schema's element order (Excel repairs a file
 * otherwise). The order table below is copied from ECMA-376 part 1, dml-chart.xsd, for the elements we write.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { CellValue, ChartKind, ChartSpec } from "../../../sheets/sheetSpec";
import { drawingParts } from "./chartXml";
import { quoteSheet } from "./seriesRefs";

/** A sheet: title row, header row 4 (Project, two drivers), 3 projects in rows 5-7, starting at column O. */
const grid = new Map<string, CellValue>();
const put = (row0: number, col0: number, v: CellValue) => grid.set(`${row0},${col0}`, v);
["Project", "Customer & growth", "Cost <efficiency>"].forEach((h, i) => put(3, 14 + i, h));
[["P26", 18.5, 23], ["P44", null, 2.5], ["P09", 28, "n/a"]].forEach((r, i) => r.forEach((v, j) => put(4 + i, 14 + j, v)));
const cellValue = (r: number, c: number): CellValue => grid.get(`${r},${c}`) ?? null;

const KINDS: readonly ChartKind[] = ["barStacked", "barClustered", "columnClustered", "line", "lineMarkers", "xyScatter", "scatterLines"];
const spec = (kind: ChartKind, i = 0): ChartSpec => ({
  kind,
  title: `Chart of ${kind} & co`,
  dataRange: "O4:Q7",
  seriesBy: "columns",
  xAxisTitle: "Projects",
  yAxisTitle: "Score <points>",
  anchor: `B${3 + 20 * i}`,
  width: 520,
  height: 360,
  name: `PMO ${kind}`,
});

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["c:ser", "c:pt", "c:valAx", "xdr:oneCellAnchor"].includes(name) });
type Node = Record<string, unknown>;
const parse = (xml: string): Node => {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml) as Node;
};
const at = (node: unknown, ...path: string[]): Node => path.reduce((n, k) => (n as Node)[k] as Node, node as Node);
const text = (title: unknown): string => String(at(title, "c:tx", "c:rich", "a:p", "a:r", "a:t"));

const EXPECTED: Record<ChartKind, { plot: string; settings: Record<string, string> }> = {
  barStacked: { plot: "c:barChart", settings: { "c:barDir": "bar", "c:grouping": "stacked", "c:overlap": "100" } },
  barClustered: { plot: "c:barChart", settings: { "c:barDir": "bar", "c:grouping": "clustered" } },
  columnClustered: { plot: "c:barChart", settings: { "c:barDir": "col", "c:grouping": "clustered" } },
  line: { plot: "c:lineChart", settings: { "c:grouping": "standard" } },
  lineMarkers: { plot: "c:lineChart", settings: { "c:grouping": "standard", "c:marker": "1" } },
  xyScatter: { plot: "c:scatterChart", settings: { "c:scatterStyle": "lineMarker" } },
  scatterLines: { plot: "c:scatterChart", settings: { "c:scatterStyle": "lineMarker" } },
};

describe("drawingParts", () => {
  const charts = KINDS.map(spec);
  const parts = drawingParts("PMO Ranking", charts, cellValue);

  it("anchors each chart at its cell with its size in EMU, referencing chart k as rId{k+1}", () => {
    const anchors = at(parse(parts.drawingXml), "xdr:wsDr", "xdr:oneCellAnchor") as unknown as Node[];
    expect(parts.charts).toHaveLength(KINDS.length);
    expect(anchors).toHaveLength(KINDS.length);
    anchors.forEach((a, k) => {
      expect(at(a, "xdr:from")).toMatchObject({ "xdr:col": 1, "xdr:row": 2 + 20 * k, "xdr:colOff": 0, "xdr:rowOff": 0 });
      expect(at(a, "xdr:ext")).toEqual({ "@cx": String(520 * 12_700), "@cy": String(360 * 12_700) });
      expect(at(a, "xdr:graphicFrame", "xdr:nvGraphicFramePr", "xdr:cNvPr")["@name"]).toBe(charts[k]!.name);
      expect(at(a, "xdr:graphicFrame", "a:graphic", "a:graphicData", "c:chart")["@r:id"]).toBe(`rId${k + 1}`);
    });
    const ids = anchors.map((a) => at(a, "xdr:graphicFrame", "xdr:nvGraphicFramePr", "xdr:cNvPr")["@id"]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(KINDS.map((k, i) => [k, i] as const))("%s: plot type, settings, titles, legend, series references and caches", (kind, k) => {
    const doc = parse(parts.charts[k]!);
    const chart = at(doc, "c:chartSpace", "c:chart");
    expect(text(chart["c:title"])).toBe(`Chart of ${kind} & co`);
    expect(at(chart, "c:plotVisOnly")["@val"]).toBe("1");
    expect(at(chart, "c:dispBlanksAs")["@val"]).toBe("gap");
    expect(at(chart, "c:legend", "c:legendPos")["@val"]).toBe("b");
    const plotArea = at(chart, "c:plotArea");
    const { plot, settings } = EXPECTED[kind];
    const plotNode = at(plotArea, plot);
    for (const [el, val] of Object.entries(settings)) expect(at(plotNode, el)["@val"]).toBe(val);

    const scatter = plot === "c:scatterChart";
    const valAxes = plotArea["c:valAx"] as Node[];
    expect(valAxes).toHaveLength(scatter ? 2 : 1);
    if (!scatter) expect(plotArea["c:catAx"]).toBeDefined();
    const xAxis = scatter ? valAxes[0]! : at(plotArea, "c:catAx");
    const yAxis = valAxes[scatter ? 1 : 0]!;
    expect(text(xAxis["c:title"])).toBe("Projects");
    expect(text(yAxis["c:title"])).toBe("Score <points>");
    expect(at(xAxis, "c:crossAx")["@val"]).toBe(at(yAxis, "c:axId")["@val"]);
    expect((plotNode["c:axId"] as Node[]).map((a) => a["@val"])).toEqual([at(xAxis, "c:axId")["@val"], at(yAxis, "c:axId")["@val"]]);

    const series = plotNode["c:ser"] as Node[];
    const [catTag, valTag] = scatter ? ["c:xVal", "c:yVal"] : ["c:cat", "c:val"];
    expect(series.map((s) => at(s, "c:tx", "c:strRef", "c:f"))).toEqual(["'PMO Ranking'!$P$4", "'PMO Ranking'!$Q$4"]);
    expect(series.map((s) => at(s, "c:tx", "c:strRef", "c:strCache", "c:pt")[0]?.["c:v" as never])).toEqual(["Customer & growth", "Cost <efficiency>"]);
    for (const s of series) {
      expect(at(s, catTag, "c:strRef", "c:f")).toBe("'PMO Ranking'!$O$5:$O$7");
      expect(cache(at(s, catTag, "c:strRef", "c:strCache"))).toEqual(["P26", "P44", "P09"]);
    }
    expect(series.map((s) => at(s, valTag, "c:numRef", "c:f"))).toEqual(["'PMO Ranking'!$P$5:$P$7", "'PMO Ranking'!$Q$5:$Q$7"]);
    // Blank and text cells are gaps in a number cache.
    expect(series.map((s) => cache(at(s, valTag, "c:numRef", "c:numCache")))).toEqual([[18.5, null, 28], [23, 2.5, null]]);
  });

  it("xyScatter hides the lines that scatterLines draws; line hides the markers lineMarkers draws", () => {
    const ser = (k: ChartKind) => parts.charts[KINDS.indexOf(k)]!.match(/<c:ser>.*?<\/c:ser>/)![0];
    expect(ser("xyScatter")).toContain("<a:ln w=\"28575\" cap=\"rnd\"><a:noFill/>");
    expect(ser("scatterLines")).not.toContain("<a:noFill/>");
    expect(ser("line")).toContain('<c:symbol val="none"/>');
    expect(ser("lineMarkers")).not.toContain("<c:symbol");
  });

  it("numeric x values are a number cache; rows-wise data and a single series (no legend) work", () => {
    const g = new Map<string, CellValue>([["0,0", "Budget"], ["0,1", 10], ["0,2", 20], ["1,0", "Best value"], ["1,1", 3], ["1,2", 5.25]]);
    const chart: ChartSpec = { ...spec("scatterLines"), dataRange: "A1:C2", seriesBy: "rows" };
    const xml = drawingParts("Frontier", [chart], (r, c) => g.get(`${r},${c}`) ?? null).charts[0]!;
    const c = at(parse(xml), "c:chartSpace", "c:chart");
    expect(c["c:legend"]).toBeUndefined();
    const ser = (at(c, "c:plotArea", "c:scatterChart")["c:ser"] as Node[])[0]!;
    expect(at(ser, "c:tx", "c:strRef", "c:f")).toBe("Frontier!$A$2");
    expect(at(ser, "c:xVal", "c:numRef", "c:f")).toBe("Frontier!$B$1:$C$1");
    expect(cache(at(ser, "c:xVal", "c:numRef", "c:numCache"))).toEqual([10, 20]);
    expect(cache(at(ser, "c:yVal", "c:numRef", "c:numCache"))).toEqual([3, 5.25]);
  });

  it("escapes sheet names, titles and names in the XML and keeps one chart part per spec", () => {
    const g = new Map<string, CellValue>([["0,1", "R&D <new>"], ["1,0", "P1"], ["1,1", 4]]);
    const oneColumn: ChartSpec = { ...spec("columnClustered"), dataRange: "A1:A2", name: 'R&D "chart"' };
    const two = drawingParts("R&D 'Q1'", [{ ...spec("columnClustered"), dataRange: "A1:B2" }, oneColumn], (r, c) => g.get(`${r},${c}`) ?? null);
    expect(two.charts).toHaveLength(2);
    expect(two.charts[0]).toContain("<c:f>'R&amp;D ''Q1'''!$B$1</c:f>");
    expect(two.charts[0]).toContain("<c:v>R&amp;D &lt;new&gt;</c:v>");
    const ser = at(parse(two.charts[0]!), "c:chartSpace", "c:chart", "c:plotArea", "c:barChart")["c:ser"] as Node[];
    expect(at(ser[0], "c:tx", "c:strRef", "c:f")).toBe("'R&D ''Q1'''!$B$1");
    // A one-column range has no series, yet its chart part exists so chart k stays rId{k+1}.
    expect(at(parse(two.charts[1]!), "c:chartSpace", "c:chart", "c:plotArea", "c:barChart")["c:ser"]).toBeUndefined();
    expect(two.drawingXml).toContain('name="R&amp;D &quot;chart&quot;"');
  });

  it("keeps the schema's element order in every container it writes", () => {
    for (const xml of parts.charts) checkOrder(new XMLParser({ preserveOrder: true, ignoreAttributes: true }).parse(xml) as OrderedNode[]);
  });
});

describe("seriesRefs is the one decision both renderers draw", () => {
  it("quotes sheet names that need it", () => {
    expect(quoteSheet("Data")).toBe("Data");
    expect(quoteSheet("PMO Ranking")).toBe("'PMO Ranking'");
    expect(quoteSheet("O'Brien")).toBe("'O''Brien'");
    expect(quoteSheet("Q1")).toBe("'Q1'");
    expect(quoteSheet("R2C3")).toBe("'R2C3'");
  });
});

/** Cache points as an array over ptCount, null where a point is missing. */
function cache(node: Node): (string | number | null)[] {
  const out: (string | number | null)[] = Array.from({ length: Number(at(node, "c:ptCount")["@val"]) }, () => null);
  for (const pt of (node["c:pt"] as Node[] | undefined) ?? []) out[Number(pt["@idx"])] = pt["c:v"] as string | number;
  return out;
}

/** dml-chart.xsd sequences (only the children we write, in schema order). */
const ORDER: Record<string, readonly string[]> = {
  "c:chartSpace": ["c:date1904", "c:lang", "c:roundedCorners", "c:chart"],
  "c:chart": ["c:title", "c:autoTitleDeleted", "c:plotArea", "c:legend", "c:plotVisOnly", "c:dispBlanksAs"],
  "c:title": ["c:tx", "c:layout", "c:overlay"],
  "c:plotArea": ["c:layout", "c:barChart", "c:lineChart", "c:scatterChart", "c:catAx", "c:valAx"],
  "c:barChart": ["c:barDir", "c:grouping", "c:varyColors", "c:ser", "c:gapWidth", "c:overlap", "c:axId"],
  "c:lineChart": ["c:grouping", "c:varyColors", "c:ser", "c:marker", "c:axId"],
  "c:scatterChart": ["c:scatterStyle", "c:varyColors", "c:ser", "c:axId"],
  "c:ser": ["c:idx", "c:order", "c:tx", "c:spPr", "c:invertIfNegative", "c:marker", "c:cat", "c:val", "c:xVal", "c:yVal", "c:smooth"],
  "c:catAx": ["c:axId", "c:scaling", "c:delete", "c:axPos", "c:majorGridlines", "c:title", "c:numFmt", "c:majorTickMark", "c:minorTickMark", "c:tickLblPos", "c:crossAx", "c:crosses", "c:auto", "c:lblAlgn", "c:lblOffset", "c:noMultiLvlLbl"],
  "c:valAx": ["c:axId", "c:scaling", "c:delete", "c:axPos", "c:majorGridlines", "c:title", "c:numFmt", "c:majorTickMark", "c:minorTickMark", "c:tickLblPos", "c:crossAx", "c:crosses", "c:crossBetween"],
  "c:legend": ["c:legendPos", "c:overlay"],
  "c:numCache": ["c:formatCode", "c:ptCount", "c:pt"],
  "c:strCache": ["c:ptCount", "c:pt"],
  "c:marker": ["c:symbol", "c:size"],
};
type OrderedNode = Record<string, OrderedNode[]>;
function checkOrder(nodes: OrderedNode[]): void {
  for (const node of nodes) {
    for (const [tag, children] of Object.entries(node)) {
      if (!Array.isArray(children)) continue;
      const order = ORDER[tag];
      if (order) {
        const tags = children.flatMap((c) => Object.keys(c).filter((k) => k !== ":@"));
        const ranks = tags.map((t) => order.indexOf(t));
        expect({ tag, tags, unknown: tags.filter((_, i) => ranks[i]! < 0) }).toEqual({ tag, tags, unknown: [] });
        expect({ tag, tags, sorted: ranks.every((r, i) => i === 0 || r >= ranks[i - 1]!) }).toEqual({ tag, tags, sorted: true });
      }
      checkOrder(children);
    }
  }
}

describe("value axis labels", () => {
  const money = new Map<string, CellValue>([["0,0", "Period"], ["0,1", "Planned value"], ["1,0", "2027-01"], ["1,1", 805_000], ["2,0", "2027-02"], ["2,1", 1_610_000]]);
  const lookup = (r: number, c: number): CellValue => money.get(`${r},${c}`) ?? null;
  const lineSpec: ChartSpec = { kind: "line", title: "Value", dataRange: "A1:B3", seriesBy: "columns", anchor: "D2", width: 300, height: 200, name: "PMO value" };

  it("separates thousands once the plotted numbers reach 10,000, and keeps General below", () => {
    const [big] = drawingParts("PMO Dashboard", [lineSpec], lookup).charts;
    expect(big).toContain('<c:valAx><c:axId val="500000002"/>');
    expect(big).toMatch(/<c:axPos val="l"\/><c:majorGridlines\/>(<c:title>.*<\/c:title>)?<c:numFmt formatCode="#,##0" sourceLinked="0"\/>/);
    const [small] = drawingParts("PMO Ranking", [spec("line")], cellValue).charts;
    expect(small).not.toContain('formatCode="#,##0"');
  });
});

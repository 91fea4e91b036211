/**
 * The streaming reader on hand-made packages (fflate's zipSync), one per value kind and odd structure that
 * other writers produce: namespace prefixes, rows and cells without `r`, inline and rich strings, OOXML
 * escapes, shared formulas, the 1904 date system, absolute part targets, header-less and totals rows, merges,
 * sheets without tables, and a part that inflates past the bound.
 */
import { strToU8, zipSync } from "fflate";
import { readTablesFromBuffer } from "../readTables";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

interface SheetSpec {
  readonly name: string;
  /** The `<sheetData>` content (or the whole sheet body when `body` is set). */
  readonly data: string;
  readonly after?: string;
  readonly table?: string;
}

interface PackageSpec {
  readonly sheets: readonly SheetSpec[];
  readonly strings?: string;
  readonly styles?: string;
  readonly workbookPr?: string;
  /** Write every relationship target from the package root, as openpyxl does. */
  readonly absolute?: boolean;
  /** Prefix every SpreadsheetML element with `x:` (as some .NET writers do). */
  readonly prefixed?: boolean;
}

function prefix(xml: string): string {
  return xml.replace(/<(\/?)([A-Za-z]+)(?=[\s/>])/g, "<$1x:$2").replace(/xmlns="/, 'xmlns:x="');
}

function pack(spec: PackageSpec): Uint8Array {
  const t = (relative: string, absolute: string) => (spec.absolute ? absolute : relative);
  const sml = (xml: string) => strToU8(spec.prefixed ? prefix(xml) : xml);
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
    ),
    "_rels/.rels": strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="${t("xl/workbook.xml", "/xl/workbook.xml")}"/></Relationships>`),
  };
  const rels = spec.sheets.map((_, k) => `<Relationship Id="rId${k + 1}" Type="${REL}/worksheet" Target="${t(`worksheets/sheet${k + 1}.xml`, `/xl/worksheets/sheet${k + 1}.xml`)}"/>`);
  if (spec.strings !== undefined) rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="${t("sharedStrings.xml", "/xl/sharedStrings.xml")}"/>`);
  if (spec.styles !== undefined) rels.push(`<Relationship Id="rIdT" Type="${REL}/styles" Target="${t("styles.xml", "/xl/styles.xml")}"/>`);
  files["xl/_rels/workbook.xml.rels"] = strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`);
  const sheetList = spec.sheets.map((s, k) => `<sheet name="${s.name}" sheetId="${k + 1}" r:id="rId${k + 1}"/>`).join("");
  files["xl/workbook.xml"] = sml(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook ${NS}>${spec.workbookPr ?? ""}<sheets>${sheetList}</sheets></workbook>`);
  spec.sheets.forEach((s, k) => {
    files[`xl/worksheets/sheet${k + 1}.xml`] = sml(`<worksheet ${NS}><sheetData>${s.data}</sheetData>${s.after ?? ""}${s.table ? '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>' : ""}</worksheet>`);
    if (s.table) {
      files[`xl/worksheets/_rels/sheet${k + 1}.xml.rels`] = strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/table" Target="${t(`../tables/table${k + 1}.xml`, `/xl/tables/table${k + 1}.xml`)}"/></Relationships>`,
      );
      files[`xl/tables/table${k + 1}.xml`] = sml(s.table);
    }
  });
  if (spec.strings !== undefined) files["xl/sharedStrings.xml"] = sml(`<sst ${NS}>${spec.strings}</sst>`);
  if (spec.styles !== undefined) files["xl/styles.xml"] = sml(`<styleSheet ${NS}>${spec.styles}</styleSheet>`);
  return zipSync(files);
}

function table(name: string, ref: string, columns: readonly string[], extra = ""): string {
  const cols = columns.map((c, k) => `<tableColumn id="${k + 1}" name="${c}"/>`).join("");
  return `<table ${NS} id="1" name="${name}" displayName="${name}" ref="${ref}"${extra}><autoFilter ref="${ref}"/><tableColumns count="${columns.length}">${cols}</tableColumns><tableStyleInfo name="TableStyleMedium2" showRowStripes="1"/></table>`;
}

const row = (r: number | null, cells: string) => `<row${r === null ? "" : ` r="${r}"`}>${cells}</row>`;
const str = (ref: string | null, text: string) => `<c${ref ? ` r="${ref}"` : ""} t="inlineStr"><is><t>${text}</t></is></c>`;
const num = (ref: string | null, v: number | string, s?: number) => `<c${ref ? ` r="${ref}"` : ""}${s === undefined ? "" : ` s="${s}"`}><v>${v}</v></c>`;

const header = row(1, str("A1", "Project") + str("B1", "Value"));

async function rows(spec: PackageSpec) {
  const read = await readTablesFromBuffer(pack(spec));
  return { rows: read.tables[0]?.rows, read };
}

describe("the streaming reader", () => {
  it("reads elements with a namespace prefix, relative or absolute targets alike", async () => {
    const sheet = { name: "Projects", data: header + row(2, str("A2", "P1") + num("B2", 7)), table: table("Projects", "A1:B2", ["Project", "Value"]) };
    for (const variant of [{}, { prefixed: true }, { absolute: true }, { prefixed: true, absolute: true }]) {
      const { read } = await rows({ sheets: [sheet], ...variant });
      expect([variant, read.tables]).toEqual([variant, [{ name: "Projects", headers: ["Project", "Value"], rows: [["P1", 7]], address: { sheet: "Projects", headerRow: 0, firstColumn: 0 } }]]);
    }
  });

  it("places rows and cells without an r attribute after the previous ones", async () => {
    const data = row(null, str(null, "Project") + str(null, "Value")) + row(null, str(null, "P1") + num(null, 1)) + row(4, str(null, "P3") + num("B4", 3)) + row(null, num("B5", 4));
    const { rows: r } = await rows({ sheets: [{ name: "S", data, table: table("Projects", "A1:B5", ["Project", "Value"]) }] });
    expect(r).toEqual([["P1", 1], [null, null], ["P3", 3], [null, 4]]);
  });

  it("reads shared strings (plain and rich text without phonetic runs), inline strings, entities and _xHHHH_ escapes", async () => {
    const strings =
      "<si><t>plain &amp; &lt;simple&gt; &#233;&#x1F600;</t></si>" +
      '<si><r><rPr><b/></rPr><t xml:space="preserve">rich </t></r><r><t>text</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh><phoneticPr fontId="1"/></si>' +
      "<si><t>line_x000D__x000A_break and _x005F_x0041_ literal</t></si><si/>";
    const data =
      header +
      row(2, '<c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c>') +
      row(3, '<c r="A3" t="s"><v>2</v></c><c r="B3" t="s"><v>3</v></c>') +
      row(4, `<c r="A4" t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r><rPh><t>x</t></rPh></is></c>${str("B4", "tab_x0009_")}`);
    const { rows: r } = await rows({ sheets: [{ name: "S", data, table: table("Projects", "A1:B4", ["Project", "Value"]) }], strings });
    expect(r).toEqual([
      ["plain & <simple> é😀", "rich text"],
      ["line\r\nbreak and _x0041_ literal", ""],
      ["inline", "tab\t"],
    ]);
  });

  it("gives formulas their cached values (shared formulas included), reads a formula without one as empty, and types b, str, d and e", async () => {
    const data =
      header +
      row(2, `${str("A2", "P1")}<c r="B2"><f t="shared" ref="B2:B4" si="0">C2*2</f><v>10</v></c>`) +
      row(3, `${str("A3", "P2")}<c r="B3"><f t="shared" si="0"/><v>12.5</v></c>`) +
      row(4, `${str("A4", "P3")}<c r="B4"><f t="shared" si="0"/></c>`) +
      row(5, `<c r="A5" t="str"><f>"P"&amp;4</f><v>P4</v></c><c r="B5" t="b"><v>1</v></c>`) +
      row(6, `<c r="A6" t="b"><f>FALSE()</f><v>0</v></c><c r="B6" t="d"><v>2027-01-15T12:00:00</v></c>`) +
      row(7, `${str("A7", "P7")}<c r="B7" t="e"><f>1/0</f><v>#DIV/0!</v></c>`);
    const { rows: r, read } = await rows({ sheets: [{ name: "Plan", data, table: table("Projects", "A1:B7", ["Project", "Value"]) }] });
    expect(r).toEqual([["P1", 10], ["P2", 12.5], ["P3", null], ["P4", true], [false, 46402.5], ["P7", null]]);
    expect(read.problems).toEqual([expect.objectContaining({ severity: "error", table: "Projects", row: 6, column: "Value", cell: "Plan!B7" })]);
    expect(read.problems[0]!.message).toContain("holds the Excel error #DIV/0!");
  });

  it("moves date-formatted serials of the 1904 date system to the 1900 system, and leaves other numbers alone", async () => {
    // cellXfs: 0 General, 1 built-in date 14, 2 custom date, 3 custom number with quoted "d" text, 4 elapsed time.
    const styles =
      '<numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/><numFmt numFmtId="165" formatCode="0.0&quot; days&quot;"/><numFmt numFmtId="166" formatCode="[h]:mm"/></numFmts>' +
      '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
      '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/></cellXfs>';
    const data = header + row(2, num("A2", 45658, 1) + num("B2", 45658, 2)) + row(3, num("A3", 100, 0) + num("B3", 100, 3)) + row(4, num("A4", 0.5, 4) + num("B4", 0.25));
    const sheets = [{ name: "S", data, table: table("Projects", "A1:B4", ["Project", "Value"]) }];
    const in1904 = await rows({ sheets, styles, workbookPr: '<workbookPr date1904="1"/>' });
    expect(in1904.rows).toEqual([[47120, 47120], [100, 100], [1462.5, 0.25]]);
    const in1900 = await rows({ sheets, styles, workbookPr: '<workbookPr date1904="false"/>' });
    expect(in1900.rows).toEqual([[45658, 45658], [100, 100], [0.5, 0.25]]);
  });

  it("reads tables without a header row (Column names from the table) and without their totals row", async () => {
    const data = row(3, str("B3", "P1") + num("C3", 1)) + row(4, str("B4", "P2") + num("C4", 2)) + row(5, str("B5", "Total") + num("C5", 3));
    const { read } = await rows({ sheets: [{ name: "S", data, table: table("Projects", "B3:C5", ["Project", "Value"], ' headerRowCount="0" totalsRowCount="1"') }] });
    expect(read.tables).toEqual([{ name: "Projects", headers: ["Project", "Value"], rows: [["P1", 1], ["P2", 2]], address: { sheet: "S", headerRow: 1, firstColumn: 1 } }]);
  });

  it("keeps only cells inside the table and reports a merged range overlapping it", async () => {
    const data = row(1, str("A1", "Project") + str("B1", "Value") + str("D1", "outside")) + row(2, str("A2", "P1") + num("B2", 1) + num("D2", 99)) + row(9, num("A9", 5));
    const after = '<mergeCells count="2"><mergeCell ref="A2:B2"/><mergeCell ref="D5:E6"/></mergeCells>';
    const { read } = await rows({ sheets: [{ name: "S", data, after, table: table("Projects", "A1:B2", ["Project", "Value"]) }] });
    expect(read.tables[0]!.rows).toEqual([["P1", 1]]);
    expect(read.problems).toEqual([expect.objectContaining({ severity: "error", table: "Projects", cell: "S!A2:B2" })]);
    expect(read.problems[0]!.message).toContain("cells A2:B2 are merged");
  });

  it("falls back to sheets named like template tables when there are no tables, reading them whole", async () => {
    const data = row(2, str("B2", "Project") + str("C2", "Cost")) + row(3, str("B3", "P1") + num("C3", 5)) + row(4, str("B4", "P2") + '<c r="C4" t="e"><v>#N/A</v></c>') + row(6, str("B6", "notes"));
    const read = await readTablesFromBuffer(pack({ sheets: [{ name: "Scratch", data: row(1, str("A1", "x")) }, { name: "projects", data }] }));
    expect(read.tables).toEqual([{ name: "Projects", headers: ["Project", "Cost"], rows: [["P1", 5], ["P2", null]], address: { sheet: "projects", headerRow: 1, firstColumn: 1 } }]);
    expect(read.problems.map((p) => [p.severity, p.cell])).toEqual([
      ["error", "projects!C4"],
      ["warning", "projects!B2"],
    ]);
  });

  it("refuses a part that inflates past the bound, even when its declared size is small", async () => {
    const big = header + Array.from({ length: 2000 }, (_, k) => row(k + 2, str(`A${k + 2}`, `P${k}`) + num(`B${k + 2}`, k))).join("");
    const data = pack({ sheets: [{ name: "S", data: big, table: table("Projects", "A1:B2001", ["Project", "Value"]) }] });
    await expect(readTablesFromBuffer(data, { maxUnzippedBytes: 50_000 })).rejects.toThrow("the workbook unpacks to more than 50000 bytes, far more than a portfolio workbook needs; it is refused to protect the machine");
    // Lie in the central directory about every part's size: the bound counts the bytes actually inflated.
    const lying = lieAboutSizes(data);
    await expect(readTablesFromBuffer(lying, { maxUnzippedBytes: 50_000 })).rejects.toThrow("unpacks to more than 50000 bytes");
    expect((await readTablesFromBuffer(lying)).tables[0]!.rows).toHaveLength(2000);
  });
});

/** A copy of a zip whose central directory and local headers declare every part as 1 byte unpacked. */
function lieAboutSizes(zip: Uint8Array): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let at = 0; at + 4 <= out.length; at++) {
    const sig = view.getUint32(at, true);
    if (sig === 0x04034b50) view.setUint32(at + 22, 1, true);
    else if (sig === 0x02014b50) view.setUint32(at + 24, 1, true);
  }
  return out;
}

/**
 * Cell styles and differential (conditional format) styles for our sheets, appended to the input's styles.xml:
 * the user's fonts, fills, number formats and cell formats keep their indices, ours follow (custom number
 * format ids above the input's highest), and every `count` is updated.
 */
import { appendToContainer, attr, elements, firstElement, rootElement, xmlEscape } from "./xmlText";

/** Font variants of our cells: the workbook's default font, bold, or bold white (headers). */
export type FontVariant = 0 | 1 | 2;

export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
  "</styleSheet>";

/** Excel's built-in number formats we use, by code (no numFmt element needed). */
const BUILT_IN: Readonly<Record<string, number>> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "@": 49 };

/** styleSheet children in schema order (sml.xsd CT_Stylesheet). */
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];
const after = (name: string) => ORDER.slice(ORDER.indexOf(name) + 1);

export class StyleSheet {
  private readonly numFmtIds = new Map<string, number>();
  private readonly newNumFmts: string[] = [];
  private nextNumFmtId: number;
  private readonly fillIds = new Map<string, number>();
  private readonly newFills: string[] = [];
  private readonly xfIds = new Map<string, number>();
  private readonly newXfs: string[] = [];
  private readonly newDxfs: string[] = [];
  private readonly newFonts: string[] = [];
  /** The input's own elements by text, so a re-run reuses the formats an earlier run appended. */
  private readonly inputFonts: string[];
  private readonly inputFills: string[];
  private readonly inputXfs: string[];
  private readonly inputDxfs: string[];
  private readonly fontIds = new Map<FontVariant, number>();
  private readonly baseFonts: number;
  private readonly baseFills: number;
  private readonly baseXfs: number;
  private readonly baseDxfs: number;
  private readonly defaultFont: string;
  private readonly hasCellStyleXfs: boolean;

  constructor(private readonly xml: string) {
    const root = rootElement(xml, "styleSheet");
    const section = (name: string) => firstElement(xml, name, root.innerStart, root.innerStart + root.inner.length);
    const children = (name: string, child: string) => {
      const s = section(name);
      return s ? elements(xml, child, s.innerStart, s.innerStart + s.inner.length) : [];
    };
    let maxId = 163;
    for (const nf of children("numFmts", "numFmt")) {
      const id = Number(attr(nf.tag, "numFmtId"));
      const code = attr(nf.tag, "formatCode");
      if (Number.isFinite(id)) maxId = Math.max(maxId, id);
      if (code !== null && !this.numFmtIds.has(code)) this.numFmtIds.set(code, id);
    }
    this.nextNumFmtId = maxId + 1;
    const text = (el: { start: number; end: number }) => xml.slice(el.start, el.end);
    const fonts = children("fonts", "font");
    this.inputFonts = fonts.map(text);
    this.baseFonts = fonts.length;
    this.defaultFont = fonts[0] ? fonts[0].inner : '<sz val="11"/><name val="Calibri"/><family val="2"/>';
    this.inputFills = children("fills", "fill").map(text);
    this.baseFills = this.inputFills.length;
    this.inputXfs = children("cellXfs", "xf").map(text);
    this.baseXfs = this.inputXfs.length;
    this.inputDxfs = children("dxfs", "dxf").map(text);
    this.baseDxfs = this.inputDxfs.length;
    this.hasCellStyleXfs = children("cellStyleXfs", "xf").length > 0;
    if (this.baseFonts === 0 || this.baseFills < 2 || this.baseXfs === 0 || children("borders", "border").length === 0) {
      throw new Error("styles.xml lacks the default font, fills, border or cell format");
    }
  }

  /** Index of the cell format for this combination (our own formats only, never the input's). */
  cellStyle(numFmt: string | null, font: FontVariant, fill: string | null): number {
    const key = `${numFmt ?? ""}\u0000${font}\u0000${fill ?? ""}`;
    let id = this.xfIds.get(key);
    if (id === undefined) {
      const numFmtId = numFmt === null ? 0 : this.numFmtId(numFmt);
      const fontId = font === 0 ? 0 : this.fontId(font);
      const fillId = fill === null ? 0 : this.fillId(fill);
      id = reuseOrAdd(
        `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0"${this.hasCellStyleXfs ? ' xfId="0"' : ""}` +
          `${numFmtId ? ' applyNumberFormat="1"' : ""}${fontId ? ' applyFont="1"' : ""}${fillId ? ' applyFill="1"' : ""}/>`,
        this.inputXfs,
        this.newXfs,
      );
      this.xfIds.set(key, id);
    }
    return id;
  }

  /** A differential format (conditional formatting): fill colour and optional font colour, as ARGB. */
  dxf(fill: string, fontColor?: string): number {
    const font = fontColor ? `<font><color rgb="${fontColor}"/></font>` : "";
    // Excel's own encoding: a differential solid fill carries its colour as bgColor.
    return reuseOrAdd(`<dxf>${font}<fill><patternFill><bgColor rgb="${fill}"/></patternFill></fill></dxf>`, this.inputDxfs, this.newDxfs);
  }

  /** Bold (1) or bold white (2): the workbook's default font with those added. */
  private fontId(variant: 1 | 2): number {
    let id = this.fontIds.get(variant);
    if (id === undefined) {
      const plain = this.defaultFont.replace(/<(?:[\w.-]+:)?(?:b|color)\b[^>]*\/>|<(?:[\w.-]+:)?color\b[^>]*>.*?<\/(?:[\w.-]+:)?color>/g, "");
      // CT_Font is a choice of children in any order, so bold and colour can follow the default font's own.
      id = reuseOrAdd(`<font><b/>${plain}${variant === 2 ? '<color rgb="FFFFFFFF"/>' : ""}</font>`, this.inputFonts, this.newFonts);
      this.fontIds.set(variant, id);
    }
    return id;
  }

  private numFmtId(code: string): number {
    const builtIn = BUILT_IN[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.numFmtIds.get(code);
    if (id === undefined) {
      id = this.nextNumFmtId++;
      this.numFmtIds.set(code, id);
      this.newNumFmts.push(`<numFmt numFmtId="${id}" formatCode="${xmlEscape(code)}"/>`);
    }
    return id;
  }

  private fillId(argb: string): number {
    let id = this.fillIds.get(argb);
    if (id === undefined) {
      id = reuseOrAdd(`<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor indexed="64"/></patternFill></fill>`, this.inputFills, this.newFills);
      this.fillIds.set(argb, id);
    }
    return id;
  }

  /** The input's styles.xml with our formats appended. */
  toXml(): string {
    let xml = this.xml;
    const prefix = rootElement(xml, "styleSheet").prefix;
    const edit = (name: string, children: string, count: number) => {
      if (!children) return;
      const own = prefix ? children.replace(/<(\/?)(?=[A-Za-z][\w.-]*[\s/>])/g, `<$1${prefix}`) : children;
      xml = appendToContainer(xml, rootElement(xml, "styleSheet"), name, own, after(name), count);
    };
    const total = (name: string, child: string) => {
      const root = rootElement(xml, "styleSheet");
      const s = firstElement(xml, name, root.innerStart, root.innerStart + root.inner.length);
      return s ? elements(xml, child, s.innerStart, s.innerStart + s.inner.length).length : 0;
    };
    edit("numFmts", this.newNumFmts.join(""), total("numFmts", "numFmt") + this.newNumFmts.length);
    edit("fonts", this.newFonts.join(""), this.baseFonts + this.newFonts.length);
    edit("fills", this.newFills.join(""), this.baseFills + this.newFills.length);
    edit("cellXfs", this.newXfs.join(""), this.baseXfs + this.newXfs.length);
    edit("dxfs", this.newDxfs.join(""), this.baseDxfs + this.newDxfs.length);
    return xml;
  }
}

/** Index of `element` among the input's elements of its kind if the same text is there (an earlier run's), else appended. */
function reuseOrAdd(element: string, input: readonly string[], added: string[]): number {
  const i = input.indexOf(element);
  if (i >= 0) return i;
  const j = added.indexOf(element);
  if (j >= 0) return input.length + j;
  added.push(element);
  return input.length + added.length - 1;
}

/**
 * Conditional formats as `conditionalFormatting` elements, one per spec in priority order, written as the
 * excelts path wrote them: data bars and colour scales from min to max, icon sets with Excel's percent
 * thresholds or the spec's numbers, and fills by cell value or exact text (differential styles in styles.xml).
 */
import type { ConditionalFormatSpec } from "../../../sheets/sheetSpec";
import { argb } from "./sheetLayout";
import type { StyleSheet } from "./styles";
import { xmlEscape } from "./xmlText";

export function conditionalFormattingXml(cf: ConditionalFormatSpec, priority: number, styles: StyleSheet): string {
  return `<conditionalFormatting sqref="${xmlEscape(cf.range.replace(/\$/g, ""))}">${ruleXml(cf, priority, styles)}</conditionalFormatting>`;
}

function ruleXml(cf: ConditionalFormatSpec, priority: number, styles: StyleSheet): string {
  switch (cf.type) {
    case "dataBar":
      return `<cfRule type="dataBar" priority="${priority}"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="${argb(cf.color)}"/></dataBar></cfRule>`;
    case "colorScale": {
      const mid = cf.midColor !== undefined;
      const midCfvo = cf.midValue !== undefined ? `<cfvo type="num" val="${cf.midValue}"/>` : '<cfvo type="percentile" val="50"/>';
      const colors = [cf.minColor, ...(mid ? [cf.midColor!] : []), cf.maxColor].map((c) => `<color rgb="${argb(c)}"/>`).join("");
      return `<cfRule type="colorScale" priority="${priority}"><colorScale><cfvo type="min"/>${mid ? midCfvo : ""}<cfvo type="max"/>${colors}</colorScale></cfRule>`;
    }
    case "iconSet": {
      const cfvo = cf.thresholds
        ? `<cfvo type="percent" val="0"/><cfvo type="num" val="${cf.thresholds[0]}"/><cfvo type="num" val="${cf.thresholds[1]}"/>`
        : '<cfvo type="percent" val="0"/><cfvo type="percent" val="33"/><cfvo type="percent" val="67"/>';
      return `<cfRule type="iconSet" priority="${priority}"><iconSet iconSet="${cf.icons}">${cfvo}</iconSet></cfRule>`;
    }
    case "cellValue": {
      const dxf = styles.dxf(argb(cf.fill), cf.fontColor ? argb(cf.fontColor) : undefined);
      const formulas = [cf.formula1, ...(cf.formula2 !== undefined ? [cf.formula2] : [])].map((f) => `<formula>${xmlEscape(f.replace(/^=/, ""))}</formula>`).join("");
      return `<cfRule type="cellIs" dxfId="${dxf}" priority="${priority}" operator="${cf.operator}">${formulas}</cfRule>`;
    }
    case "textEquals": {
      const dxf = styles.dxf(argb(cf.fill), cf.fontColor ? argb(cf.fontColor) : undefined);
      return `<cfRule type="cellIs" dxfId="${dxf}" priority="${priority}" operator="equal"><formula>${xmlEscape(`"${cf.text.replace(/"/g, '""')}"`)}</formula></cfRule>`;
    }
  }
}

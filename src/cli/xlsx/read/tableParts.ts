/** Excel table parts (`xl/tables/tableN.xml`): name, range, header and totals rows, column names. */
import { attr } from "./xmlScanner";
import { decodeOoxmlEscapes } from "./xmlText";
import { relationships, scanSmall } from "./packageParts";
import type { ZipArchive } from "./zipArchive";

export interface TableModel {
  readonly name: string;
  /** "A1:K41" including header and totals rows. */
  readonly ref: string;
  readonly headerRow: boolean;
  readonly totalsRow: boolean;
  readonly columnNames: readonly string[];
}

/** The tables of a worksheet part, in the order of its relationships. */
export function sheetTables(zip: ZipArchive, sheetPart: string): TableModel[] {
  const out: TableModel[] = [];
  for (const rel of relationships(zip, sheetPart)) {
    if (rel.type !== "table") continue;
    const xml = zip.text(rel.part);
    if (xml !== null) {
      const table = parseTable(xml);
      if (table) out.push(table);
    }
  }
  return out;
}

/** One table part; null when it lacks a name or a range. */
export function parseTable(xml: string): TableModel | null {
  let name: string | null = null;
  let ref: string | null = null;
  let headerRow = true;
  let totalsRow = false;
  const columnNames: string[] = [];
  scanSmall(xml, (element, attrs) => {
    if (element === "table") {
      name = attr(attrs, "name") ?? attr(attrs, "displayName");
      ref = attr(attrs, "ref");
      headerRow = attr(attrs, "headerRowCount") !== "0";
      const totals = attr(attrs, "totalsRowCount");
      totalsRow = totals !== null && totals !== "0";
    } else if (element === "tableColumn") {
      columnNames.push(decodeOoxmlEscapes(attr(attrs, "name") ?? ""));
    }
  });
  if (name === null || ref === null) return null;
  return { name, ref, headerRow, totalsRow, columnNames };
}

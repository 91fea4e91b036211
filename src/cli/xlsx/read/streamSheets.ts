/**
 * The streaming reader's plan: read the small parts whole (workbook, relationships, tables, styles), then
 * stream the shared strings and only the sheets that matter: those with tables (keeping the cells inside
 * their ranges), or, in a workbook without tables, the sheets named like template tables (kept whole).
 */
import { type SheetSource, templateTableFor } from "./buildTables";
import { type Box, CellBox, parseRange, readSheetCells, type SheetContext } from "./sheetCells";
import type { CellValue } from "./cellValues";
import { readWorkbookParts } from "./packageParts";
import { readSharedStrings } from "./sharedStrings";
import { readDateStyles } from "./styles";
import { sheetTables, type TableModel } from "./tableParts";
import { ZipArchive } from "./zipArchive";

export function streamSheets(data: Uint8Array, maxUnzipped: number): SheetSource[] {
  const zip = new ZipArchive(data, maxUnzipped);
  const workbook = readWorkbookParts(zip);
  const found = workbook.sheets.flatMap((sheet) =>
    sheet.part === null ? [] : [{ name: sheet.name, part: sheet.part, tables: sheetTables(zip, sheet.part).filter((t) => parseRange(t.ref) !== null) }],
  );
  const anyTable = found.some((s) => s.tables.length > 0);
  const chosen = found.filter((s) => (anyTable ? s.tables.length > 0 : templateTableFor(s.name) !== undefined));
  if (chosen.length === 0) return [];

  const context: SheetContext = {
    strings: readSharedStrings(zip, workbook.sharedStrings),
    dateStyles: readDateStyles(zip, workbook.styles),
    date1904: workbook.date1904,
  };
  return chosen.map((s) => {
    const boxes = anyTable
      ? s.tables.map((t) => {
          const r = parseRange(t.ref)!;
          return new CellBox(r.top, r.left, r.bottom, r.right);
        })
      : [new CellBox(1, 1, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER)];
    const merges = readSheetCells(zip, s.part, boxes, context);
    return new StreamedSheet(s.name, anyTable ? s.tables : [], merges, boxes);
  });
}

class StreamedSheet implements SheetSource {
  readonly rowCount: number;
  readonly columnCount: number;

  constructor(
    readonly name: string,
    readonly tables: readonly TableModel[],
    readonly merges: readonly Box[],
    private readonly boxes: readonly CellBox[],
  ) {
    let rows = 0;
    let columns = 0;
    for (const b of boxes) {
      rows = Math.max(rows, b.lastRow);
      columns = Math.max(columns, b.lastColumn);
    }
    this.rowCount = rows;
    this.columnCount = columns;
  }

  cell(row: number, col: number): CellValue {
    for (const b of this.boxes) if (b.contains(row, col)) return b.get(row, col);
    return null;
  }

  rowIsBlank(row: number): boolean {
    for (const b of this.boxes) {
      const cells = b.cellsOf(row);
      if (cells === undefined) continue;
      for (const v of cells) if (!(v === undefined || v === null || (typeof v === "string" && v.trim() === ""))) return false;
    }
    return true;
  }
}

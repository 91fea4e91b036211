/**
 * Excel table parts for `tableName` blocks: header row plus data, an autoFilter over it, TableStyleMedium2 with
 * row stripes. Table ids and names must be unique across the workbook (the user's tables included), and the
 * header cells must hold exactly the column names (sheetLayout.uniqueHeaders).
 */
import { a1 } from "../../../sheets/sheetSpec";
import { NS_MAIN } from "./sheetXml";
import type { PlacedBlock } from "./sheetLayout";
import { xmlEscape } from "./xmlText";

export function tableXml(block: PlacedBlock, id: number, name: string): string {
  const headers = block.headers ?? [];
  const ref = `${a1(block.top, block.left)}:${a1(block.bottom, block.left + headers.length - 1)}`;
  const columns = headers.map((h, j) => `<tableColumn id="${j + 1}" name="${xmlEscape(h)}"/>`).join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="${NS_MAIN}" id="${id}" name="${xmlEscape(name)}" displayName="${xmlEscape(name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/>` +
    `<tableColumns count="${headers.length}">${columns}</tableColumns>` +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>' +
    "</table>"
  );
}

/**
 * A table name not yet taken (compared without case, as Excel does): the spec's name, or it with a number
 * ("PMORanking2") when the user's workbook already has a table or defined name of that name.
 */
export function freeTableName(wanted: string, taken: Set<string>): string {
  let name = wanted;
  for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${wanted}${k}`;
  taken.add(name.toLowerCase());
  return name;
}

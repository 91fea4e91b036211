/**
 * =PMO.EVM: earned value measures, one row per project.
 */
import { earnedValueMeasures, type EarnedValueResult } from "../engine/earnedValue";
import { PmoComputationError } from "../engine/errors";
import { excelCall, toExcelError } from "./excelErrors";
import { BLANK, readRowwise, spreadRows } from "./ranges";

/** The result columns of PMO.EVM, in order (documented in docs/functions.md). */
export const EVM_COLUMNS: readonly (readonly [string, keyof EarnedValueResult])[] = [
  ["CPI", "cpi"],
  ["SPI", "spi"],
  ["CV", "cv"],
  ["SV", "sv"],
  ["EAC", "eac"],
  ["ETC", "etc"],
  ["VAC", "vac"],
  ["TCPI", "tcpiToBac"],
];

/**
 * Earned value per project: CPI, SPI, CV, SV, EAC (= BAC / CPI), ETC, VAC and TCPI (to BAC), in that column order, without a header. A measure whose denominator is 0 shows #DIV/0! in its own cell.
 * @customfunction EVM
 * @param bac A column of budgets at completion (BAC), one per project.
 * @param pv A column of planned values to date (PV), same rows as bac.
 * @param ev A column of earned values to date (EV), same rows as bac.
 * @param ac A column of actual costs to date (AC), same rows as bac.
 * @returns A matrix with one row per project and 8 columns: CPI, SPI, CV, SV, EAC, ETC, VAC, TCPI.
 */
export function evm(bac: unknown[][], pv: unknown[][], ev: unknown[][], ac: unknown[][]): unknown[][] {
  return excelCall(() => {
    const amount = "an amount of 0 or more";
    const input = readRowwise([
      ["bac", bac, amount],
      ["pv", pv, amount],
      ["ev", ev, amount],
      ["ac", ac, amount],
    ]);
    const [b, p, e, a] = input.values as [number[], number[], number[], number[]];
    const rows = input.rows.map((r, i) => {
      const measures = earnedValueMeasures({ bac: b[i]!, pv: p[i]!, ev: e[i]!, ac: a[i]! }, String(r + 1));
      return EVM_COLUMNS.map(([, key]) => {
        const value = measures[key];
        return value instanceof PmoComputationError ? toExcelError(value) : value;
      });
    });
    const blankRow: unknown[] = EVM_COLUMNS.map(() => BLANK);
    return spreadRows<unknown[]>(input.rows, rows, input.totalRows, blankRow);
  });
}

// Reference case: test/fixtures/reference/cases/earned-value-basic.json (PMBOK formulas, exact fractions).
import * as fs from "fs";
import * as path from "path";
import { earnedValue, earnedValueMeasures } from "./earnedValue";
import { PmoComputationError, PmoInputError } from "./errors";

interface EarnedValueCase {
  inputs: { BAC: number; PV: number; EV: number; AC: number };
  expected: Record<string, number>;
  exact: Record<string, string>;
}

const repoRoot = path.resolve(__dirname, "..", "..");
const reference = JSON.parse(
  fs.readFileSync(path.resolve(repoRoot, "test", "fixtures", "reference", "cases", "earned-value-basic.json"), "utf8"),
) as EarnedValueCase;

/** "25/28" → 25/28 as a double (the correctly rounded value, as is every result below). */
const fraction = (text: string) => text.split("/").map(Number).reduce((a, b) => a / b);

describe("earned value on the reference case", () => {
  const { BAC, PV, EV, AC } = reference.inputs;
  const result = earnedValue({ bac: BAC, pv: PV, ev: EV, ac: AC }, "Reference");

  test("exact values equal the exact fractions", () => {
    expect(result.cpi).toBe(fraction(reference.exact.CPI!));
    expect(result.spi).toBe(fraction(reference.exact.SPI!));
    expect(result.eac).toBe(fraction(reference.exact.EAC!));
    expect(result.etc).toBe(fraction(reference.exact.ETC!));
    expect(result.vac).toBe(fraction(reference.exact.VAC!));
    expect(result.tcpiToBac).toBe(fraction(reference.exact.TCPI_to_BAC!));
    expect(result.tcpiToEac).toBe(fraction(reference.exact.TCPI_to_EAC!));
  });

  test("every expected field matches: exact ones exactly, the 4-decimal ones to 4 decimals", () => {
    const e = reference.expected;
    expect(result.cv).toBe(e.CV);
    expect(result.sv).toBe(e.SV);
    expect(result.eac).toBe(e.EAC_BAC_over_CPI);
    expect(result.etc).toBe(e.ETC);
    expect(result.vac).toBe(e.VAC);
    expect(result.tcpiToBac).toBe(e.TCPI_to_BAC);
    expect(result.eacAtBudgetRate).toBe(e.EAC_AC_plus_BAC_minus_EV);
    // Rounded to 4 decimals in the file (tolerance_note); 4816 happens to be exact here and we compute it exactly.
    expect(result.eacCpiSpi).toBeCloseTo(e.EAC_AC_plus_remaining_over_CPIxSPI!, 4);
    expect(result.eacCpiSpi).toBe(4816);
    expect(Math.abs(result.cpi - e.CPI!)).toBeLessThanOrEqual(5e-5);
    expect(Math.abs(result.spi - e.SPI!)).toBeLessThanOrEqual(5e-5);
    expect(Math.abs(result.tcpiToEac - e.TCPI_to_EAC!)).toBeLessThanOrEqual(5e-5);
  });
});

describe("zero denominators are errors naming the project and the quantity, never Infinity or NaN", () => {
  const base = { bac: 1000, pv: 500, ev: 400, ac: 450 };

  test.each([
    [{ ac: 0 }, "CPI", /CPI: undefined for project Alpha because actual cost \(AC\) is 0/],
    [{ pv: 0 }, "SPI", /SPI: undefined for project Alpha because planned value \(PV\) is 0/],
    [{ ev: 0 }, "EAC", /EAC: undefined for project Alpha because earned value \(EV\) is 0/],
    [{ ac: 1000 }, "TCPI to BAC", /TCPI to BAC: undefined for project Alpha because the budget \(BAC\) equals the actual cost/],
    [{ ac: 1200 }, "TCPI to BAC", /TCPI to BAC: undefined for project Alpha because the actual cost \(AC\) already exceeds the budget \(BAC\)/],
    [{ ev: 1000 }, "TCPI to EAC", /TCPI to EAC: undefined for project Alpha because the EAC equals the actual cost/],
  ])("%p → %s", (change, quantity, message) => {
    let error: unknown;
    try {
      earnedValue({ ...base, ...change }, "Alpha");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PmoComputationError);
    expect((error as PmoComputationError).quantity).toBe(quantity);
    expect((error as PmoComputationError).message).toMatch(message);
  });

  test("earnedValueMeasures keeps the measures that exist for a project not started yet", () => {
    const m = earnedValueMeasures({ bac: 1000, pv: 100, ev: 0, ac: 0 }, "Beta");
    expect(m.cv).toBe(0);
    expect(m.sv).toBe(-100);
    expect(m.spi).toBe(0);
    expect(m.eacAtBudgetRate).toBe(1000);
    expect(m.tcpiToBac).toBe(1);
    for (const key of ["cpi", "eac", "eacCpiSpi", "etc", "vac", "tcpiToEac"] as const) {
      expect(m[key]).toBeInstanceOf(PmoComputationError);
    }
    expect(() => earnedValue({ bac: 1000, pv: 100, ev: 0, ac: 0 })).toThrow(/CPI: undefined for the project/);
  });

  test("earned value without any recorded cost leaves EAC undefined rather than 0", () => {
    const m = earnedValueMeasures({ bac: 1000, pv: 200, ev: 100, ac: 0 }, "Delta");
    expect(m.cv).toBe(100);
    expect(m.spi).toBe(0.5);
    expect(m.eac).toBeInstanceOf(PmoComputationError);
    expect((m.eac as PmoComputationError).message).toBe("EAC: undefined for project Delta because actual cost (AC) is 0, so CPI = EV / AC is undefined");
    expect(m.eacCpiSpi).toBeInstanceOf(PmoComputationError);
    expect(m.tcpiToBac).toBe(0.9);
  });

  test("no result is ever Infinity or NaN across small integer inputs", () => {
    for (let bac = 0; bac <= 4; bac++)
      for (let pv = 0; pv <= 4; pv++)
        for (let ev = 0; ev <= 4; ev++)
          for (let ac = 0; ac <= 4; ac++) {
            const m = earnedValueMeasures({ bac, pv, ev, ac });
            for (const v of Object.values(m)) if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
          }
  });
});

test("negative or non-numeric inputs name the project and field", () => {
  expect(() => earnedValue({ bac: 100, pv: 50, ev: -1, ac: 10 }, "Gamma")).toThrow(
    new PmoInputError({ row: "Gamma", column: "EV" }, "a number of 0 or more", -1),
  );
  expect(() => earnedValue({ bac: NaN, pv: 50, ev: 1, ac: 10 })).toThrow(/column 'BAC': NaN is not valid/);
});

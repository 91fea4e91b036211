import { readFileSync } from "node:fs";
import path from "node:path";
import { excelErrorOf } from "./customFunctionsStub";
import { evm } from "../../src/functions/earnedValue";

// test/fixtures/reference/cases/earned-value-basic.json: PMBOK formulas on one project, exact fractions
const reference = JSON.parse(
  readFileSync(path.resolve(__dirname, "..", "fixtures", "reference", "cases", "earned-value-basic.json"), "utf8"),
) as { inputs: Record<"BAC" | "PV" | "EV" | "AC", number>; expected: Record<string, number> };

describe("=PMO.EVM", () => {
  it("returns CPI, SPI, CV, SV, EAC, ETC, VAC, TCPI for the reference project", () => {
    const { BAC, PV, EV, AC } = reference.inputs;
    const [row] = evm([[BAC]], [[PV]], [[EV]], [[AC]]) as number[][];
    const x = reference.expected;
    const expected = [x.CPI, x.SPI, x.CV, x.SV, x.EAC_BAC_over_CPI, x.ETC, x.VAC, x.TCPI_to_BAC];
    expect(row).toHaveLength(8);
    row!.forEach((value, k) => expect(value).toBeCloseTo(expected[k]!, 4));
  });

  it("gives one row per project and a blank row for a blank project", () => {
    const rows = evm([[4000], [null], [100]], [[3000], [null], [100]], [[2500], [null], [100]], [[2800], [null], [100]]);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual(["", "", "", "", "", "", "", ""]);
    expect(rows[2]!.slice(0, 4)).toEqual([1, 1, 0, 0]);
  });

  it("shows #DIV/0! only in the measures whose denominator is 0", () => {
    // Not started: AC = 0 and EV = 0, so CPI, EAC, ETC, VAC are undefined; SPI, CV, SV, TCPI exist.
    const [row] = evm([[1000]], [[200]], [[0]], [[0]]);
    const codes = row!.map((cell) => (typeof cell === "object" && cell !== null ? (cell as { code: string }).code : cell));
    expect(codes).toEqual(["#DIV/0!", 0, 0, -200, "#DIV/0!", "#DIV/0!", "#DIV/0!", 1]);
  });

  it("names the argument and row of a negative amount", () => {
    expect(excelErrorOf(() => evm([[100], [100]], [[50], [50]], [[40], ["-5"]], [[40], [40]])).message).toBe(
      "row 2, column 'EV': -5 is not valid; expected a number of 0 or more",
    );
  });
});

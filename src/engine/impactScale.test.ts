import { PmoInputError } from "./errors";
import { DEFAULT_IMPACT_SCALE, describeImpactScale, impactScaleFromTable, parseImpact } from "./impactScale";

const at = { table: "Projects", row: 7, column: "Customer" };

describe("the default (Project Online) scale", () => {
  test.each([
    ["None", 0],
    ["low", 1],
    [" MODERATE ", 3],
    ["Strong", 6],
    ["extreme", 9],
    [0, 0],
    [4, 4],
    [9, 9],
    ["7", 7],
    [" 2.5 ", 2.5],
  ])("%p reads as %p", (cell, value) => {
    expect(parseImpact(cell, DEFAULT_IMPACT_SCALE, at)).toBe(value);
  });

  test("max is 9 and the words map to 0/1/3/6/9", () => {
    expect(DEFAULT_IMPACT_SCALE.max).toBe(9);
    expect(DEFAULT_IMPACT_SCALE.levels.map((l) => [l.word, l.value])).toEqual([
      ["None", 0],
      ["Low", 1],
      ["Moderate", 3],
      ["Strong", 6],
      ["Extreme", 9],
    ]);
  });

  test("a misspelt word names the cell and lists what is allowed", () => {
    expect(() => parseImpact("Hgh", DEFAULT_IMPACT_SCALE, at)).toThrow(
      new PmoInputError(at, "an impact level: None, Low, Moderate, Strong, Extreme or 0–9", "Hgh"),
    );
    expect(() => parseImpact("Hgh", DEFAULT_IMPACT_SCALE, at)).toThrow(
      "table Projects, row 7, column 'Customer': 'Hgh' is not valid; expected an impact level: None, Low, Moderate, Strong, Extreme or 0–9",
    );
  });

  test.each([null, undefined, "", "   "])("an empty cell (%p) is an error that says the cell is empty", (cell) => {
    expect(() => parseImpact(cell, DEFAULT_IMPACT_SCALE, at)).toThrow(/column 'Customer': an empty cell is not valid/);
  });

  test.each([10, -1, true, "0x5", NaN])("%p is out of range or not an impact", (cell) => {
    expect(() => parseImpact(cell, DEFAULT_IMPACT_SCALE, at)).toThrow(PmoInputError);
  });
});

describe("a custom scale from a table", () => {
  test("rows of word and value; max is the largest value; words are trimmed and case-insensitive", () => {
    const scale = impactScaleFromTable([[" Minor ", 2], ["Major", "5"], ["Critical", 10]], { table: "ImpactScale" });
    expect(scale.max).toBe(10);
    expect(parseImpact("major", scale, at)).toBe(5);
    expect(parseImpact(10, scale, at)).toBe(10);
    expect(describeImpactScale(scale)).toBe("Minor, Major, Critical or 0–10");
    expect(() => parseImpact("Moderate", scale, at)).toThrow(/expected an impact level: Minor, Major, Critical or 0–10/);
  });

  test("a repeated word names the row and the earlier one", () => {
    expect(() => impactScaleFromTable([["Low", 1], ["LOW ", 2]], { table: "ImpactScale" })).toThrow(
      "table ImpactScale, row 2, column 'Level': 'LOW' is not valid; expected a word not used before (already used in row 1)",
    );
  });

  test("a value that is not a number of 0 or more names its cell", () => {
    expect(() => impactScaleFromTable([["Low", 1], ["High", "lots"]], { table: "ImpactScale" }, ["Word", "Points"])).toThrow(
      "table ImpactScale, row 2, column 'Points': 'lots' is not valid; expected a number of 0 or more",
    );
    expect(() => impactScaleFromTable([["Low", -1]])).toThrow(/row 1, column 'Value'/);
  });

  test("a missing word, an empty table and an all-zero scale are refused", () => {
    expect(() => impactScaleFromTable([[null, 1]])).toThrow(/row 1, column 'Level': an empty cell/);
    expect(() => impactScaleFromTable([])).toThrow(/empty/);
    expect(() => impactScaleFromTable([["None", 0]])).toThrow(/every level is 0/);
  });
});

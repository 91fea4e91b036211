import { judgementOf, judgementWords, matrixFrom, positionOf, upperFrom } from "./pairwise";
import { parseLocaleNumber } from "./format";
import { applyMapping } from "./columnMapping";
import { isDarkOfficeTheme } from "./theme";

describe("pairwise slider scale", () => {
  it("maps 9 … 1 … 9 to positions −8 … 0 … 8 and back", () => {
    for (const v of [9, 5, 2, 1, 1 / 2, 1 / 5, 1 / 9]) expect(judgementOf(positionOf(v))).toBeCloseTo(v, 12);
    expect(positionOf(9)).toBe(-8);
    expect(positionOf(1)).toBe(0);
    expect(positionOf(1 / 9)).toBe(8);
  });
  it("says the judgement in words, naming the more important driver", () => {
    expect(judgementWords("Growth", "Risk", 5)).toBe("Growth is strongly more important than Risk (5)");
    expect(judgementWords("Growth", "Risk", 1 / 3)).toBe("Risk is moderately more important than Growth (3)");
    expect(judgementWords("Growth", "Risk", 1)).toBe("Growth is equally important as Risk");
  });
  it("builds a reciprocal matrix from the upper triangle and reads it back", () => {
    const m = matrixFrom(3, { "0,1": 3, "1,2": 1 / 5 });
    expect(m).toEqual([[1, 3, 1], [1 / 3, 1, 1 / 5], [1, 5, 1]]);
    expect(upperFrom(m)).toEqual({ "0,1": 3, "0,2": 1, "1,2": 1 / 5 });
  });
});

describe("locale numbers", () => {
  it("parses numbers typed with the locale's separators and rejects words", () => {
    expect(parseLocaleNumber("1,234.5")).toBe(1234.5);
    expect(parseLocaleNumber(" 300 ")).toBe(300);
    expect(parseLocaleNumber("lots")).toBeNull();
    expect(parseLocaleNumber("")).toBeNull();
  });
});

describe("column mapping", () => {
  it("renames the user's table and headers to the template's before parsing", () => {
    const tables = [{ name: "MyProjects", headers: ["Key", "Budget (k)", "Other"], rows: [["P1", 5, "x"]] }];
    const mapped = applyMapping(tables, { tables: { Projects: "MyProjects" }, columns: { Projects: { Project: "Key", Cost: "budget (K)" } } });
    expect(mapped).toEqual([{ name: "Projects", headers: ["Project", "Cost", "Other"], rows: [["P1", 5, "x"]] }]);
  });
});

describe("Office theme", () => {
  it("is dark for a dark body background and light otherwise", () => {
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#262626" })).toBe(true);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#FFFFFF" })).toBe(false);
    expect(isDarkOfficeTheme(undefined)).toBe(false);
  });
});

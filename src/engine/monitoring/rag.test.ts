import { PmoInputError } from "../errors";
import { DEFAULT_RAG_THRESHOLDS, ragStatus } from "./rag";

describe("ragStatus boundaries (green ≥ 0.95, amber ≥ 0.85, inclusive)", () => {
  it.each([
    [0.95, 0.95, "Green"],
    [1.2, 0.95, "Green"],
    [0.9499999, 1, "Amber"],
    [1, 0.9499999, "Amber"],
    [0.85, 0.85, "Amber"],
    [0.85, 1.3, "Amber"],
    [0.8499999, 1, "Red"],
    [1, 0.8499999, "Red"],
    [0, 0, "Red"],
  ] as const)("CPI %p, SPI %p → %s", (cpi, spi, expected) => {
    expect(ragStatus(cpi, spi)).toBe(expected);
  });

  it("takes the worse of the two indices", () => {
    expect(ragStatus(1.5, 0.5)).toBe("Red");
    expect(ragStatus(0.9, 2)).toBe("Amber");
  });

  it("uses thresholds the user sets", () => {
    expect(ragStatus(0.92, 0.92, { green: 0.9, amber: 0.8 })).toBe("Green");
    expect(ragStatus(0.8, 0.95, { green: 0.9, amber: 0.8 })).toBe("Amber");
    expect(ragStatus(0.9, 0.9, { green: 1, amber: 0.9 })).toBe("Amber");
  });

  it("rejects amber above green, negative or non-finite thresholds and indices", () => {
    expect(() => ragStatus(1, 1, { green: 0.8, amber: 0.9 })).toThrow(PmoInputError);
    expect(() => ragStatus(1, 1, { green: 0.8, amber: 0.9 })).toThrow(/Amber/);
    expect(() => ragStatus(1, 1, { green: Number.NaN, amber: 0.5 })).toThrow(PmoInputError);
    expect(() => ragStatus(1, 1, { green: 0.9, amber: -1 })).toThrow(PmoInputError);
    expect(() => ragStatus(Number.POSITIVE_INFINITY, 1)).toThrow(/CPI/);
    expect(() => ragStatus(1, -0.1)).toThrow(/SPI/);
  });

  it("keeps the published defaults", () => {
    expect(DEFAULT_RAG_THRESHOLDS).toEqual({ green: 0.95, amber: 0.85 });
  });
});

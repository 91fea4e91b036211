import { closestMatch, editDistance } from "./closestMatch";

describe("closestMatch", () => {
  it("counts a swap of neighbours as one edit", () => {
    expect(editDistance("cots", "cost")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });

  it("suggests likely typos, ignoring case and punctuation", () => {
    expect(closestMatch("Cots", ["Project", "Cost", "Benefit"])).toBe("Cost");
    expect(closestMatch("depend-on", ["Depends On", "Excludes"])).toBe("Depends On");
    expect(closestMatch("Customer exp", ["Customer experience", "Innovation"])).toBe("Customer experience");
  });

  it("stays silent when nothing is close or the text already matches", () => {
    expect(closestMatch("Notes", ["Project", "Cost", "Benefit"])).toBeUndefined();
    expect(closestMatch("COST", ["Cost"])).toBeUndefined();
    expect(closestMatch("", ["Cost"])).toBeUndefined();
  });
});

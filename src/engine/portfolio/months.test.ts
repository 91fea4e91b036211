import { excelSerialToIsoDate, isoDateToExcelSerial, monthFromCell, monthIndex, monthRange } from "./months";

describe("monthFromCell", () => {
  it.each([
    ["2027-03", "2027-03"],
    ["2027/3", "2027-03"],
    ["2027-03-15", "2027-03"],
    ["2027-03-15T00:00:00Z", "2027-03"],
    ["03/2027", "2027-03"],
    ["Mar 2027", "2027-03"],
    ["march 2027", "2027-03"],
    ["Mar-27", "2027-03"],
  ])("reads %p as %p", (text, month) => expect(monthFromCell(text)).toBe(month));

  it("reads Excel date serials (1900 system), including a time of day", () => {
    expect(monthFromCell(46447)).toBe("2027-03");
    expect(monthFromCell(46446.75)).toBe("2027-02");
  });

  it.each([[""], ["soon"], ["2027-13"], ["Mars 2027"], [3], [null], [true], ["Q1 2027"]])("rejects %p", (cell) => {
    expect(monthFromCell(cell)).toBeUndefined();
  });
});

describe("month arithmetic", () => {
  it("counts months across years", () => {
    expect(monthIndex("2028-01") - monthIndex("2027-11")).toBe(2);
    expect(monthRange("2027-11", 3)).toEqual(["2027-11", "2027-12", "2028-01"]);
  });

  it("converts serials and ISO dates both ways", () => {
    expect(excelSerialToIsoDate(61)).toBe("1900-03-01");
    expect(isoDateToExcelSerial("2027-01-01")).toBe(46388);
    expect(excelSerialToIsoDate(isoDateToExcelSerial("2031-07-19"))).toBe("2031-07-19");
  });
});

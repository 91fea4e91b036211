import { onePositional, parseArgs } from "../../src/cli/framework/args";
import type { CliCommand } from "../../src/cli/framework/command";
import { formatNumber, formatTable } from "../../src/cli/framework/output";

describe("formatTable", () => {
  it("aligns text left and numbers right under a dashed rule, without colour codes by default", () => {
    const lines = formatTable(["Project", "Score"], [["P1", 72.456], ["Long name", 5]]);
    expect(lines).toEqual(["Project    Score", "---------  -----", "P1         72.46", "Long name      5"]);
    expect(lines.join("")).not.toContain("\u001b[");
  });

  it("bolds only the header on a colour terminal", () => {
    const [header, rule] = formatTable(["A"], [["x"]], { color: true });
    expect(header).toBe("\u001b[1mA\u001b[22m");
    expect(rule).toBe("-");
  });

  it("formats numbers with thousands separators and at most two decimals", () => {
    expect(formatNumber(1234567.891)).toBe("1,234,567.89");
    expect(formatNumber(42)).toBe("42");
  });
});

describe("parseArgs", () => {
  const command: CliCommand = { name: "t", summary: "", help: "", valueFlags: ["out", "levels"], booleanFlags: ["json"], run: async () => 0 };

  it("reads --flag value, --flag=value, --no-flag and positionals after --", () => {
    const a = parseArgs(["in.json", "--out", "o.xlsx", "--levels=5", "--no-json", "--", "--odd-name.json"], command);
    expect(a).toEqual({ positional: ["in.json", "--odd-name.json"], flags: { out: "o.xlsx", levels: "5", json: false } });
  });

  it("rejects unknown flags, a missing value and a value on a boolean flag", () => {
    expect(() => parseArgs(["--fast"], command)).toThrow("unknown option '--fast' for 't'");
    expect(() => parseArgs(["--out"], command)).toThrow("option '--out' needs a value");
    expect(() => parseArgs(["--json=yes"], command)).toThrow("does not take a value");
    expect(() => parseArgs(["-x"], command)).toThrow("unknown option '-x'");
  });

  it("reads -h as --help, negative numbers as values or positionals, and refuses a flag where a value belongs", () => {
    expect(parseArgs(["-h"], command).flags).toEqual({ help: true });
    expect(parseArgs(["--levels", "-5", "-1.5"], command)).toEqual({ positional: ["-1.5"], flags: { levels: "-5" } });
    expect(() => parseArgs(["--out", "--json"], command)).toThrow("option '--out' needs a value");
    expect(() => parseArgs(["--out="], command)).toThrow("option '--out' needs a value");
    expect(() => parseArgs(["--no-json=1"], command)).toThrow("option '--json' does not take a value");
    expect(() => parseArgs(["--no-fast"], command)).toThrow("unknown option '--no-fast' for 't'");
    expect(() => parseArgs(["-hx"], command)).toThrow("unknown option '-hx' for 't'");
  });

  it("says 'takes one workbook', not 'takes one a workbook'", () => {
    expect(() => onePositional({ positional: ["a.xlsx", "b.xlsx"], flags: {} }, "status", "a workbook (.xlsx)")).toThrow(
      "'status' takes one workbook (.xlsx); got 2 arguments",
    );
  });

  it("passes unknown boolean flags through for commands that do not list theirs", () => {
    const lenient: CliCommand = { ...command, booleanFlags: undefined };
    expect(parseArgs(["--verbose"], lenient).flags).toEqual({ verbose: true });
  });
});

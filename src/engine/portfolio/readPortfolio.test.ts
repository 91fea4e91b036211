import { blockedFeatures, readPortfolio, hasErrors } from "./readPortfolio";
import { featureNeeds } from "./features";
import type { RawCell, TableData, WorkbookProblem } from "./tableData";

/** A small valid workbook: tables side by side on sheets, header rows at sheet row 3 (0-based 2). */
function workbook(): TableData[] {
  const at = (sheet: string, firstColumn = 0) => ({ sheet, headerRow: 2, firstColumn });
  return [
    { name: "Drivers", headers: ["Driver", "Description", "Weight"], rows: [["Customer", "Happy customers", 60], ["Savings", "", 40]], address: at("Drivers") },
    {
      name: "DriverComparisons",
      headers: ["Driver", "Savings", "Customer"],
      rows: [["Customer", "3", null], ["Savings", null, null]],
      address: at("Drivers", 5),
    },
    {
      name: "Projects",
      headers: ["Project", "Name", "Owner", "Category", "Cost", "Benefit", "Start", "Duration months", "Customer", "Savings", "CapEx", "Force", "Depends On", "Excludes", "Together", "Starts After"],
      rows: [
        ["P1", "Portal", "Ann", "Grow", 100, 300, "2027-01", 2, "Strong", "Low", 80, "In", null, "P3", null, null],
        ["P2", "ERP", "Bob", "Run", 200, 250, 46388, 3, "moderate", 9, 150, null, "p1", null, "P3", "P1"],
        ["P3", null, "Cy", "Run", 50, 60, "Mar 2027", 1, 0, "None", 0, "out", null, "P1", "P2", null],
      ],
      address: at("Projects"),
    },
    { name: "Limits", headers: ["Limit", "Amount", "Category", "Min Share"], rows: [["CapEx", 200, null, null], ["CapEx", null, "Run", "20%"]], address: at("Limits") },
    { name: "Capacity", headers: ["Role", "Unit", "Rate", "2027-01", "2027-02", "2027-03"], rows: [["Dev", "FTE", 10, 2, 2, 1], ["QA", "FTE", null, 1, 1, 1]], address: at("Resources") },
    { name: "Demand", headers: ["Project", "Role", "Month Offset", "FTE"], rows: [["P1", "Dev", 0, 1], ["P1", "Dev", 1, 1.5], ["P2", "qa", 2, 1]], address: at("Resources", 10) },
    { name: "Status", headers: ["Project", "Period", "BAC", "PV", "EV", "AC", "% Complete"], rows: [["P1", "2027-01", 100, 50, 40, 45, 0.4]], address: at("Status") },
    { name: "Settings", headers: ["Key", "Value"], rows: [["Value basis", "Score × Benefit"], ["Max shift", "any"], ["Top k", 5]], address: at("Settings") },
  ];
}

type Edit = (tables: TableData[]) => void;

/** A copy of the workbook with one table's cell (header row = -1) replaced. */
function withCell(table: string, row: number, column: string, value: RawCell): Edit {
  return (tables) => {
    const i = tables.findIndex((t) => t.name === table);
    const t = tables[i];
    const c = t.headers.indexOf(column);
    if (c < 0) throw new Error(`no column ${column}`);
    if (row < 0) {
      tables[i] = { ...t, headers: t.headers.map((h, k) => (k === c ? String(value) : h)) };
    } else {
      tables[i] = { ...t, rows: t.rows.map((r, k) => (k === row ? r.map((v, j) => (j === c ? value : v)) : r)) };
    }
  };
}

function read(...edits: Edit[]) {
  const tables = workbook();
  edits.forEach((e) => e(tables));
  return readPortfolio(tables);
}

function only(problems: readonly WorkbookProblem[], severity: "error" | "warning" = "error"): WorkbookProblem {
  const found = problems.filter((p) => p.severity === severity);
  expect(found).toHaveLength(1);
  return found[0];
}

describe("readPortfolio on a valid workbook", () => {
  const { portfolio, problems } = read();

  it("reports no problems", () => {
    expect(problems).toEqual([]);
    expect(portfolio).not.toBeNull();
  });

  it("reads drivers, weights and the upper-triangle comparison matrix in Drivers order", () => {
    expect(portfolio!.drivers.map((d) => [d.name, d.weight, d.row])).toEqual([["Customer", 60, 1], ["Savings", 40, 2]]);
    expect(portfolio!.comparisons!.labels).toEqual(["Customer", "Savings"]);
    expect(portfolio!.comparisons!.matrix).toEqual([[1, 3], [1 / 3, 1]]);
  });

  it("reads impacts by driver name (words case-insensitive, numbers), costs per limit and months as offsets", () => {
    const [p1, p2, p3] = portfolio!.projects;
    expect(p1.impacts).toEqual([6, 1]);
    expect(p2.impacts).toEqual([3, 9]);
    expect(p2.impactWords).toEqual(["moderate", 9]);
    expect(p1.costs).toEqual({ CapEx: 80 });
    // 46388 is the Excel serial of 2027-01-01.
    expect([p1.startMonth, p2.startMonth, p3.startMonth]).toEqual(["2027-01", "2027-01", "2027-03"]);
    expect([p1.start, p2.start, p3.start]).toEqual([0, 0, 2]);
    expect(p3.name).toBe("P3");
  });

  it("reads decisions and normalises referenced ids to the Project column's spelling", () => {
    const [p1, p2, p3] = portfolio!.projects;
    expect([p1.force, p2.force, p3.force]).toEqual(["in", null, "out"]);
    expect(p2.dependsOn).toEqual(["P1"]);
    expect(p1.excludes).toEqual(["P3"]);
    expect(p2.together).toEqual(["P3"]);
    expect(p2.startsAfter).toEqual(["P1"]);
  });

  it("reads limits, shares (20% text), capacity, demand with roles matched case-insensitively, status and settings", () => {
    expect(portfolio!.limits).toEqual([{ name: "CapEx", amount: 200, column: "CapEx", row: 1 }]);
    expect(portfolio!.categoryShares).toEqual([{ limit: "CapEx", category: "Run", min: 0.2, row: 2 }]);
    expect(portfolio!.horizon).toEqual({ months: ["2027-01", "2027-02", "2027-03"], fromCapacity: true });
    expect(portfolio!.capacity.map((r) => [r.role, r.rate, r.capacity])).toEqual([["Dev", 10, [2, 2, 1]], ["QA", null, [1, 1, 1]]]);
    expect(portfolio!.demand.map((d) => [d.project, d.role, d.monthOffset, d.amount])).toEqual([["P1", "Dev", 0, 1], ["P1", "Dev", 1, 1.5], ["P2", "QA", 2, 1]]);
    expect(portfolio!.status[0]).toMatchObject({ project: "P1", period: "2027-01", bac: 100, ev: 40, percentComplete: 0.4 });
    expect(portfolio!.settings).toMatchObject({ valueBasis: "scoreTimesBenefit", maxShift: null, topK: 5, weightsMethod: "direct" });
  });
});

describe("readPortfolio problems name the table, row, column and cell", () => {
  it("a mistyped column a feature needs: suggests the closest header, links to it and stops that feature only", () => {
    const { problems, portfolio } = read(withCell("Projects", -1, "Start", "Strat"));
    const p = only(problems);
    expect(p).toMatchObject({ table: "Projects", column: "Start", cell: "Projects!G3", blocks: ["allocation"] });
    expect(p.message).toContain("did you mean 'Start'?");
    expect(p.message).toContain("Resources needs Start and Duration months");
    expect([...blockedFeatures(problems)]).toEqual(["allocation"]);
    expect(portfolio).not.toBeNull();
  });

  it("a mistyped column nothing needs is a warning with the closest header", () => {
    const { problems } = read(withCell("Projects", -1, "Cost", "Cots"));
    expect(hasErrors(problems)).toBe(false);
    expect(only(problems, "warning").message).toContain("did you mean 'Cost'?");
  });

  it("text in a number cell", () => {
    const p = only(read(withCell("Projects", 1, "Benefit", "lots")).problems);
    expect(p).toMatchObject({ table: "Projects", row: 2, column: "Benefit", cell: "Projects!F5" });
    expect(p.message).toBe("table Projects, row 2, column 'Benefit': 'lots' is not valid; expected a number");
  });

  it("accepts numbers typed as text with thousands separators or a currency sign", () => {
    const { portfolio, problems } = read(withCell("Projects", 0, "Cost", "€ 1,200,000"));
    expect(problems).toEqual([]);
    expect(portfolio!.projects[0].cost).toBe(1_200_000);
  });

  it("an unknown impact word lists the scale", () => {
    const p = only(read(withCell("Projects", 2, "Customer", "Hgh")).problems);
    expect(p).toMatchObject({ table: "Projects", row: 3, column: "Customer", cell: "Projects!I6" });
    expect(p.message).toContain("'Hgh'");
    expect(p.message).toContain("None, Low, Moderate, Strong, Extreme or 0–9");
  });

  it("impacts follow parseImpact's rules: trimmed words in any case, numbers and numeric text 0–9", () => {
    const { portfolio, problems } = read(withCell("Projects", 0, "Customer", " EXTREME "), withCell("Projects", 0, "Savings", "4.5"), withCell("Projects", 1, "Customer", 2.5));
    expect(problems).toEqual([]);
    expect(portfolio!.projects[0].impacts).toEqual([9, 4.5]);
    expect(portfolio!.projects[1].impacts[0]).toBe(2.5);
    const p = only(read(withCell("Projects", 1, "Savings", 10)).problems);
    expect(p).toMatchObject({ row: 2, column: "Savings" });
    expect(p.message).toContain("10 is not valid");
  });

  it("a duplicate project id", () => {
    const p = only(read(withCell("Projects", 2, "Project", "p2")).problems.filter((x) => x.column === "Project"));
    expect(p).toMatchObject({ table: "Projects", row: 3, column: "Project", cell: "Projects!A6" });
    expect(p.message).toContain("already in row 2");
  });

  it("a dependency on an unknown project suggests the nearest id", () => {
    const p = only(read(withCell("Projects", 1, "Depends On", "P1, P33")).problems);
    expect(p).toMatchObject({ table: "Projects", row: 2, column: "Depends On", cell: "Projects!M5" });
    expect(p.message).toContain("'P33'");
    expect(p.message).toContain("did you mean 'P3'?");
  });

  it("a project depending on itself", () => {
    const p = only(read(withCell("Projects", 0, "Depends On", "P1")).problems);
    expect(p).toMatchObject({ row: 1, column: "Depends On" });
    expect(p.message).toContain("refers to itself");
  });

  it("an empty Projects table is an error; an empty optional table a warning", () => {
    const { problems } = read((t) => {
      const i = t.findIndex((x) => x.name === "Projects");
      t[i] = { ...t[i], rows: [] };
    });
    expect(problems.filter((p) => p.severity === "error").map((p) => [p.table, p.message])).toEqual([
      ["Projects", "table Projects: no projects: the table is empty; add one row per project"],
      // Demand and Status rows now name unknown projects.
      ["Demand", expect.stringContaining("'P1'")],
      ["Demand", expect.stringContaining("'P1'")],
      ["Demand", expect.stringContaining("'P2'")],
    ]);
    const empty = read((t) => {
      const i = t.findIndex((x) => x.name === "Status");
      t[i] = { ...t[i], rows: [] };
    });
    expect(only(empty.problems, "warning")).toMatchObject({ table: "Status", message: "table Status has no rows" });
    expect(hasErrors(empty.problems)).toBe(false);
  });

  it("a missing Projects table is an error with a near name suggested; the drivers stay readable", () => {
    const { portfolio, problems } = read((t) => {
      const i = t.findIndex((x) => x.name === "Projects");
      t[i] = { ...t[i], name: "Project" };
    });
    const p = problems.find((x) => x.table === "Projects")!;
    expect(p.severity).toBe("error");
    expect(p.message).toContain("did you mean 'Projects'?");
    expect(p.cell).toBe("Projects!A3");
    expect(portfolio!.projects).toEqual([]);
    expect(portfolio!.comparisons!.matrix).toEqual([[1, 3], [1 / 3, 1]]);
  });

  it("without a readable Drivers table there is no portfolio", () => {
    const noDrivers = read((t) => t.splice(0, 1), withCell("Projects", 1, "Cost", "n/a"));
    expect(noDrivers.portfolio).toBeNull();
    // Projects' own problems are still listed.
    expect(noDrivers.problems.map((p) => [p.table, p.row, p.column])).toEqual([["Drivers", undefined, undefined], ["Projects", 2, "Cost"]]);
    const noDriverColumn = read(withCell("Drivers", -1, "Driver", "Theme"));
    expect(noDriverColumn.portfolio).toBeNull();
    expect(noDriverColumn.problems.find((p) => p.table === "Drivers")).toMatchObject({ severity: "error", column: "Driver" });
  });

  it("Demand for an unknown project or role, and a month offset beyond the project's duration", () => {
    const { problems } = read(withCell("Demand", 0, "Project", "P9"), withCell("Demand", 1, "Role", "Devv"), withCell("Demand", 2, "Month Offset", 3));
    const errors = problems.filter((p) => p.severity === "error");
    expect(errors.map((p) => [p.table, p.row, p.column, p.cell])).toEqual([
      ["Demand", 1, "Project", "Resources!K4"],
      ["Demand", 2, "Role", "Resources!L5"],
      ["Demand", 3, "Month Offset", "Resources!M6"],
    ]);
    expect(errors[1].message).toContain("did you mean 'Dev'?");
    expect(errors[2].message).toContain("from 0 to 2");
  });

  it("collects every problem instead of stopping at the first", () => {
    const { problems } = read(
      withCell("Projects", 0, "Benefit", "n/a"),
      withCell("Projects", 1, "Customer", "Hgh"),
      withCell("Projects", 2, "Duration months", 1.5),
      withCell("Drivers", 1, "Weight", -1),
      withCell("Capacity", 0, "2027-02", "two"),
    );
    expect(problems.filter((p) => p.severity === "error").map((p) => `${p.table}:${p.row}:${p.column}`).sort()).toEqual(
      ["Capacity:1:2027-02", "Drivers:2:Weight", "Projects:1:Benefit", "Projects:2:Customer", "Projects:3:Duration months"].sort(),
    );
  });

  it("a driver without an impact column in Projects", () => {
    const p = only(read(withCell("Projects", -1, "Customer", "Custmer")).problems);
    expect(p).toMatchObject({ table: "Projects", column: "Customer", cell: "Projects!I3" });
    expect(p.message).toContain("did you mean 'Customer'?");
  });

  it("a limit naming no Projects column", () => {
    const p = only(read(withCell("Limits", 0, "Limit", "Capex2")).problems.filter((x) => x.table === "Limits" && x.row === 1));
    expect(p).toMatchObject({ column: "Limit", cell: "Limits!A4" });
    expect(p.message).toContain("did you mean 'CapEx'?");
  });

  it("comparisons that are not reciprocal name the lower cell and the value expected", () => {
    const p = only(read(withCell("DriverComparisons", 1, "Customer", 0.5)).problems);
    expect(p).toMatchObject({ table: "DriverComparisons", row: 2, column: "Customer", cell: "Drivers!H5" });
    expect(p.message).toContain("expected 1/3, the reciprocal of 3");
  });

  it("a driver named like a Projects column is an error in Drivers", () => {
    const { problems } = read(withCell("Drivers", 1, "Driver", "Cost"), withCell("DriverComparisons", 1, "Driver", "Cost"), withCell("DriverComparisons", -1, "Savings", "Cost"));
    const p = problems.find((x) => x.table === "Drivers")!;
    expect(p).toMatchObject({ severity: "error", row: 2, column: "Driver", cell: "Drivers!A5" });
    expect(p.message).toContain("same name as the Projects column 'Cost'");
  });

  it("a warning (not an error) for a header that looks like a template column", () => {
    const { problems } = read(withCell("Projects", -1, "Starts After", "Start After"));
    const w = only(problems, "warning");
    expect(w.message).toContain("did you mean 'Starts After'?");
  });

  it("an unknown setting is a warning with a suggestion; a bad value is an error", () => {
    const { problems } = read(withCell("Settings", 0, "Key", "Value bases"), withCell("Settings", 2, "Value", "ten"));
    expect(only(problems, "warning").message).toContain("did you mean 'Value basis'?");
    expect(only(problems)).toMatchObject({ table: "Settings", row: 3, column: "Value" });
  });

  it("headers match aliases and ignore case and punctuation", () => {
    const { problems, portfolio } = read(withCell("Projects", -1, "Duration months", "Duration (months)"), withCell("Projects", -1, "Project", "project id"));
    expect(problems).toEqual([]);
    expect(portfolio!.projects.map((p) => p.duration)).toEqual([2, 3, 1]);
  });

  it("warns when a project does not fit inside the Capacity months", () => {
    const w = only(read(withCell("Projects", 2, "Start", "2027-12")).problems, "warning");
    expect(w).toMatchObject({ table: "Projects", row: 3, column: "Start", cell: "Projects!G6" });
  });

  it("without Capacity the horizon spans the projects", () => {
    const tables = workbook().filter((t) => t.name !== "Capacity" && t.name !== "Demand");
    const { portfolio, problems } = readPortfolio(tables);
    expect(problems).toEqual([]);
    expect(portfolio!.horizon).toEqual({ months: ["2027-01", "2027-02", "2027-03"], fromCapacity: false });
  });
});

describe("each feature asks only for the columns it uses", () => {
  const drivers: TableData = { name: "Drivers", headers: ["Driver", "Description", "Weight"], rows: [["Growth", "", 60], ["Risk", "", 40]] };
  const full = { headers: ["Project", "Name", "Cost", "Growth", "Risk"], rows: [["A", "Alpha", 10, "Strong", 3], ["B", "Beta", 20, "Low", 9]] };
  const minimal = (extra: TableData[] = [], headers = full.headers): TableData[] => [
    drivers,
    { name: "Projects", headers, rows: full.rows.map((r) => headers.map((h) => r[full.headers.indexOf(h)] ?? null)) },
    ...extra,
  ];

  it("scoring needs only the project id and the impact columns", () => {
    const { portfolio, problems } = readPortfolio(minimal([], ["Project", "Growth", "Risk"]));
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(portfolio!.projects.map((p) => p.impacts)).toEqual([[6, 3], [1, 9]]);
  });

  it("a workbook without Owner, Benefit, Start and Duration months has no errors", () => {
    expect(hasErrors(readPortfolio(minimal()).problems)).toBe(false);
  });

  it("Resources needs Start and Duration months once there is a Capacity table; scoring and selection still run", () => {
    const capacity: TableData = { name: "Capacity", headers: ["Role", "Unit", "2027-01"], rows: [["Dev", "FTE", 2]] };
    const { problems } = readPortfolio(minimal([capacity]));
    const errors = problems.filter((p) => p.severity === "error");
    expect(errors.map((p) => p.column)).toEqual(["Start", "Duration months"]);
    expect(errors.every((p) => p.message.includes("Resources needs Start and Duration months"))).toBe(true);
    expect([...blockedFeatures(problems)]).toEqual(["allocation"]);
  });

  it("a benefit value basis makes Benefit a Selection column", () => {
    const settings: TableData = { name: "Settings", headers: ["Key", "Value"], rows: [["Value basis", "benefit"]] };
    const { problems } = readPortfolio(minimal([settings]));
    expect([...blockedFeatures(problems)]).toEqual(["selection", "allocation"]);
    expect(problems.find((p) => p.severity === "error")!.message).toContain("Selection maximises benefit");
  });

  it("errors in Limits, Capacity or Status stop only their feature", () => {
    const limits: TableData = { name: "Limits", headers: ["Limit", "Amount"], rows: [["Capx", 100]] };
    const status: TableData = { name: "Status", headers: ["Project", "Period", "BAC", "PV", "EV", "AC"], rows: [["A", "2027-01", "lots", 1, 1, 1]] };
    expect([...blockedFeatures(readPortfolio(minimal([limits])).problems)]).toEqual(["selection", "allocation"]);
    expect([...blockedFeatures(readPortfolio(minimal([status])).problems)]).toEqual(["monitoring"]);
  });

  it.each([
    ["score", []],
    ["benefit", ["selection", "allocation"]],
    ["scoreTimesBenefit", ["selection", "allocation"]],
  ])("value basis %s without a Benefit column stops %j, naming the column and the fix", (basis, stopped) => {
    const settings: TableData = { name: "Settings", headers: ["Key", "Value"], rows: [["Value basis", basis]] };
    const { portfolio, problems } = readPortfolio(minimal([settings]));
    expect([...blockedFeatures(problems)]).toEqual(stopped);
    expect(portfolio!.absentColumns).toEqual(["benefit"]);
    if (stopped.length === 0) return;
    expect(problems.filter((p) => p.severity === "error")).toEqual([
      expect.objectContaining({ table: "Projects", column: "Benefit", blocks: ["selection"] }),
    ]);
    expect(problems[0]!.message).toMatch(
      /^table Projects: column 'Benefit' is missing; Selection maximises (benefit|score × benefit) \(Settings › Value basis\) and needs it: add a Benefit column to Projects, or choose the value basis score$/,
    );
  });

  it("a value basis chosen outside the workbook (the CLI's --value) asks for Benefit the same way, naming the option", () => {
    const { problems } = readPortfolio(minimal(), { valueBasis: { basis: "benefit", source: "--value benefit" } });
    expect([...blockedFeatures(problems)]).toEqual(["selection", "allocation"]);
    expect(problems[0]!.message).toContain("Selection maximises benefit (--value benefit) and needs it: add a Benefit column to Projects");
    expect(readPortfolio(minimal(), { valueBasis: { basis: "score", source: "--value score" } }).problems).toEqual([]);
  });

  it("share rows in Limits make Category a Selection column; without them no Category is needed", () => {
    const shares: TableData = {
      name: "Limits",
      headers: ["Limit", "Amount", "Category", "Min Share"],
      rows: [["Cost", 100, null, null], ["Cost", null, "Grow", "20%"]],
    };
    const { problems } = readPortfolio(minimal([shares]));
    expect(problems.filter((p) => p.severity === "error")).toEqual([expect.objectContaining({ table: "Projects", column: "Category", blocks: ["selection"] })]);
    expect(problems[0]!.message).toContain("the share rows in Limits are per category, so Selection needs it");
    const budget: TableData = { name: "Limits", headers: ["Limit", "Amount"], rows: [["Cost", 100]] };
    expect(hasErrors(readPortfolio(minimal([budget])).problems)).toBe(false);
  });

  it("Selection needs the cost columns Limits names: a missing one or a bad cell in one stops Selection only", () => {
    const capex: TableData = { name: "Limits", headers: ["Limit", "Amount"], rows: [["CapEx", 100]] };
    const missing = readPortfolio(minimal([capex])).problems;
    expect([...blockedFeatures(missing)]).toEqual(["selection", "allocation"]);
    expect(missing.find((p) => p.severity === "error")!.message).toMatch(/CapEx/);
    const withCapex = minimal([capex], [...full.headers, "CapEx"]);
    withCapex[1] = { ...withCapex[1]!, rows: [["A", "Alpha", 10, "Strong", 3, "lots"], ["B", "Beta", 20, "Low", 9, 5]] };
    const bad = readPortfolio(withCapex).problems;
    expect(bad.filter((p) => p.severity === "error")).toEqual([expect.objectContaining({ table: "Projects", row: 1, column: "CapEx", blocks: ["selection"] })]);
  });

  it("an Excel error value in a cell stops the features that use its column; in a column nothing uses it only warns", () => {
    const tables = minimal([], ["Project", "Name", "Owner", "Cost", "Growth", "Risk"]);
    const projects = { ...tables[1]!, errorValues: [{ row: 1, column: 2, code: "#N/A" }, { row: 2, column: 4, code: "#REF!" }] };
    const { problems } = readPortfolio([tables[0]!, projects]);
    expect(problems.map((p) => [p.severity, p.column, p.blocks])).toEqual([
      ["warning", "Owner", undefined],
      ["error", "Growth", ["scoring"]],
    ]);
    expect(problems[1]!.message).toBe("table Projects, row 2, column 'Growth': the cell holds the Excel error #REF!; fix its formula or type a value");
  });

  it("featureNeeds says which columns a stopped feature needs, for the pane's disabled steps", () => {
    const capacity: TableData = { name: "Capacity", headers: ["Role", "Unit", "2027-01"], rows: [["Dev", "FTE", 2]] };
    const settings: TableData = { name: "Settings", headers: ["Key", "Value"], rows: [["Value basis", "benefit"]] };
    const { problems } = readPortfolio(minimal([capacity, settings]));
    expect(featureNeeds(problems, "scoring")).toBeNull();
    expect(featureNeeds(problems, "selection")).toBe("Selection needs Projects[Benefit]");
    expect(featureNeeds(problems, "allocation")).toBe("Resources needs Projects[Start], Projects[Duration months] and Projects[Benefit]");
    expect(featureNeeds(readPortfolio([drivers]).problems, "scoring")).toBe("Scoring needs the Projects table");
  });

  it("an error in an impact cell stops scoring and everything built on it, not Status", () => {
    const tables = minimal();
    tables[1] = { ...tables[1]!, rows: [["A", "Alpha", 10, "Strongish", 3]] };
    expect([...blockedFeatures(readPortfolio(tables).problems)]).toEqual(["scoring", "selection", "allocation", "review"]);
  });
});

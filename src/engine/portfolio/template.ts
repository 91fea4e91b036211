/**
 * The standard portfolio template as data: the single source for the parser (readPortfolio), the
 * documentation (docs/template.md), the task pane's "Create empty template" and the sample generator.
 * Headers match case-insensitively, ignoring spaces and punctuation, against the name and its aliases.
 */

export type ColumnType =
  /** Free text. */
  | "text"
  /** Any number (currency, FTE, weights). */
  | "number"
  /** Whole number. */
  | "integer"
  /** A month: Excel date, "2027-03", "2027-03-15" or "Mar 2027". */
  | "month"
  /** Comma-separated project ids. */
  | "idList"
  /** In / Out / blank. */
  | "force"
  /** A fraction 0–1 (Excel percent) or a percentage up to 100. */
  | "fraction"
  /** Impact word from the impact scale or a number 0–9. */
  | "impact"
  /** Text or number (Settings values). */
  | "any";

export interface TemplateColumn {
  /** Canonical header, as written by the template and the sample. */
  readonly name: string;
  /** Field name used by the parser. */
  readonly key: string;
  readonly required: boolean;
  readonly type: ColumnType;
  /** Other headers accepted for this column. */
  readonly aliases?: readonly string[];
  readonly description: string;
}

export interface TemplateTable {
  /** Excel table name (ListObject). */
  readonly name: string;
  readonly required: boolean;
  /** Sheet the template and the sample put the table on. */
  readonly sheet: string;
  readonly description: string;
  readonly columns: readonly TemplateColumn[];
  /** Columns whose headers come from the data (driver names, limit names, months), described for the docs. */
  readonly dynamicColumns?: string;
}

const col = (
  name: string,
  key: string,
  required: boolean,
  type: ColumnType,
  description: string,
  aliases?: readonly string[],
): TemplateColumn => (aliases ? { name, key, required, type, description, aliases } : { name, key, required, type, description });

export const DRIVERS_TABLE: TemplateTable = {
  name: "Drivers",
  required: true,
  sheet: "Drivers",
  description: "The strategic drivers projects are scored against, with direct weights.",
  columns: [
    col("Driver", "driver", true, "text", "Driver name; each needs an impact column of the same name in Projects.", ["Name", "Criterion", "Objective"]),
    col("Description", "description", false, "text", "What the driver means, shown in reports."),
    col("Weight", "weight", true, "number", "Direct weight ≥ 0 in any unit (normalised to 100%). May be blank when DriverComparisons gives the weights.", ["Weights", "Priority"]),
  ],
};

export const DRIVER_COMPARISONS_TABLE: TemplateTable = {
  name: "DriverComparisons",
  required: false,
  sheet: "Drivers",
  description:
    "AHP pairwise comparisons on Saaty's 1–9 scale: row driver vs column driver (3 = row moderately more important). Cells may be numbers or fractions like 1/3; the lower triangle may be left blank (reciprocals are implied); the diagonal may be blank.",
  columns: [col("Driver", "driver", true, "text", "Row label: a driver name from Drivers.", ["Criterion"])],
  dynamicColumns: "One column per driver, headed by the driver's name, in any order.",
};

export const JUDGEMENTS_TABLE: TemplateTable = {
  name: "Judgements",
  required: false,
  sheet: "Judgements",
  description:
    "Group prioritisation: several stakeholders' pairwise comparisons of the drivers, one row per stakeholder and pair, on Saaty's 1/9–9 scale (3 = Driver moderately more important than Compared with; 1/3 the reverse). Each stakeholder needs every pair once (either order); a stakeholder with pairs missing is listed as incomplete and left out of the group weights, and a blank Value counts as not yet answered. Weights from this table are combined by the weighted geometric mean of the judgements (AIJ).",
  columns: [
    col("Stakeholder", "stakeholder", true, "text", "Who judged: a name from Stakeholders when that table is present.", ["Name", "Participant", "Respondent"]),
    col("Driver", "driver", true, "text", "A driver name from Drivers.", ["Criterion"]),
    col("Compared with", "comparedWith", true, "text", "Another driver name from Drivers.", ["Versus", "Vs", "Other Driver", "Compared To"]),
    col("Value", "value", true, "number", "How much more important Driver is than Compared with: 1–9 or 1/2–1/9 (a number or text like 1/3); blank = not answered yet.", ["Judgement", "Judgment", "Score"]),
  ],
};

export const STAKEHOLDERS_TABLE: TemplateTable = {
  name: "Stakeholders",
  required: false,
  sheet: "Judgements",
  description:
    "Who is asked to judge the drivers, with their voting power. Someone listed here without judgements is shown as not answered, not counted as zero. Without this table every stakeholder in Judgements has weight 1.",
  columns: [
    col("Name", "name", true, "text", "Stakeholder name, unique; Judgements[Stakeholder] refers to it.", ["Stakeholder", "Participant"]),
    col("Role", "role", false, "text", "Role or function, shown in reports.", ["Title", "Function"]),
    col("Weight", "weight", false, "number", "Voting power ≥ 0 in any unit (normalised); blank = 1.", ["Voting Weight", "Votes"]),
  ],
};

export const PROJECTS_TABLE: TemplateTable = {
  name: "Projects",
  required: true,
  sheet: "Projects",
  description: "One row per candidate project: estimates, schedule, driver impacts and decisions.",
  columns: [
    col("Project", "project", true, "text", "Unique project id, e.g. P01.", ["ID", "Project ID", "Key"]),
    col("Name", "name", false, "text", "Project name.", ["Project Name", "Title"]),
    col("Owner", "owner", false, "text", "Accountable owner or sponsor.", ["Sponsor", "Project Owner", "Manager"]),
    col("Category", "category", false, "text", "Category or funding pool, e.g. Run / Grow / Transform. Needed by Selection when Limits has share rows.", ["Funding Pool", "Type"]),
    col("Cost", "cost", false, "number", "Total cost estimate (currency); a limit named Cost in Limits spends it.", ["Total Cost", "Cost Estimate", "Budget"]),
    col("Benefit", "benefit", false, "number", "Forecast benefit (currency). Needed by Selection when Settings › Value basis is benefit or scoreTimesBenefit.", ["Benefits", "Benefit Forecast", "Expected Benefit"]),
    col("Start", "start", false, "month", "Planned start month: a date or yyyy-mm. Needed by Resources (with a Capacity table).", ["Start Date", "Planned Start", "Start Month"]),
    col("Duration months", "duration", false, "integer", "Duration in whole months (≥ 1). Needed by Resources (with a Capacity table).", ["Duration", "Months", "Duration (months)"]),
    col("Earliest Start", "earliestStart", false, "month", "Earliest allowed start month, for start shifting.", ["Earliest"]),
    col("Latest Start", "latestStart", false, "month", "Latest allowed start month, for start shifting.", ["Latest"]),
    col("Cost of Delay", "costOfDelay", false, "number", "Cost of delay for WSJF prioritisation.", ["CoD"]),
    col("Job Size", "jobSize", false, "number", "Job size for WSJF prioritisation (> 0).", ["Size"]),
    col("Force", "force", false, "force", "In = must be selected, Out = must not be selected, blank = free.", ["Forced", "Decision"]),
    col("Depends On", "dependsOn", false, "idList", "Comma-separated ids this project requires (selected only if they are).", ["Requires", "Dependencies"]),
    col("Excludes", "excludes", false, "idList", "Comma-separated ids that are mutually exclusive with this project.", ["Mutually Exclusive", "Exclusive With"]),
    col("Together", "together", false, "idList", "Comma-separated ids selected all or none with this project.", ["Together With", "All Or None"]),
    col("Starts After", "startsAfter", false, "idList", "Comma-separated ids that must finish before this project starts (finish-to-start).", ["Finish To Start", "After"]),
    col("Final Cost", "finalCost", false, "number", "Actual cost at completion, for finished projects (cycle review).", ["Actual Cost"]),
    col("Benefit Realised", "benefitRealised", false, "number", "Benefit actually realised, for finished projects (cycle review).", ["Benefit Realized", "Realised Benefit", "Realized Benefit"]),
  ],
  dynamicColumns:
    "One impact column per driver, headed by the driver's name (impact word or 0–9); one cost column per limit named in Limits (e.g. CapEx, OpEx).",
};

export const LIMITS_TABLE: TemplateTable = {
  name: "Limits",
  required: false,
  sheet: "Limits",
  description:
    "Cost limits for selection. A row without Category sets a limit's amount; its Limit names a Projects column (Cost, CapEx, OpEx, …). A row with a Category sets the minimum and/or maximum share of that limit spent on the category (funding pools).",
  columns: [
    col("Limit", "limit", true, "text", "Limit name = a Projects cost column.", ["Constraint", "Budget Line"]),
    col("Amount", "amount", true, "number", "Amount available (rows without Category).", ["Budget", "Available"]),
    col("Category", "category", false, "text", "Category for a share row.", ["Funding Pool"]),
    col("Min Share", "minShare", false, "fraction", "Minimum share of the limit for the category (e.g. 20%).", ["Minimum Share", "Min %"]),
    col("Max Share", "maxShare", false, "fraction", "Maximum share of the limit for the category.", ["Maximum Share", "Max %"]),
  ],
};

export const CAPACITY_TABLE: TemplateTable = {
  name: "Capacity",
  required: false,
  sheet: "Resources",
  description: "Capacity per role per month. The month columns define the planning horizon; project starts become month offsets from its first month.",
  columns: [
    col("Role", "role", true, "text", "Role name, unique.", ["Resource", "Skill"]),
    col("Unit", "unit", true, "text", "FTE or hours; Demand for the role is in the same unit.", ["Units"]),
    col("Rate", "rate", false, "number", "Cost of one unit for one month (for hiring cost).", ["Cost Rate", "Monthly Rate"]),
  ],
  dynamicColumns: "One column per month, headed yyyy-mm (e.g. 2027-01 … 2027-12), consecutive.",
};

export const DEMAND_TABLE: TemplateTable = {
  name: "Demand",
  required: false,
  sheet: "Resources",
  description: "Role demand per project per month of its life (offset 0 = its start month).",
  columns: [
    col("Project", "project", true, "text", "Project id from Projects.", ["ID", "Project ID"]),
    col("Role", "role", true, "text", "Role from Capacity.", ["Resource", "Skill"]),
    col("Month Offset", "monthOffset", true, "integer", "Month of the project's life, 0-based, below its duration.", ["Offset", "Month"]),
    col("FTE", "amount", true, "number", "Demand in the role's unit (FTE or hours).", ["Amount", "Demand", "Hours", "Units"]),
  ],
};

export const STATUS_TABLE: TemplateTable = {
  name: "Status",
  required: false,
  sheet: "Status",
  description: "Earned-value status per project and reporting period.",
  columns: [
    col("Project", "project", true, "text", "Project id from Projects.", ["ID", "Project ID"]),
    col("Period", "period", true, "month", "Reporting period: a date or yyyy-mm.", ["Reporting Period", "Month", "Date"]),
    col("BAC", "bac", true, "number", "Budget at completion.", ["Budget At Completion"]),
    col("PV", "pv", true, "number", "Planned value to date.", ["Planned Value", "BCWS"]),
    col("EV", "ev", true, "number", "Earned value to date.", ["Earned Value", "BCWP"]),
    col("AC", "ac", true, "number", "Actual cost to date.", ["Actual Cost", "ACWP"]),
    col("% Complete", "percentComplete", false, "fraction", "Physical percent complete.", ["Percent Complete", "Complete"]),
    col("Forecast End", "forecastEnd", false, "month", "Forecast finish month.", ["Forecast Finish", "Expected End"]),
  ],
};

export const IMPACT_SCALE_TABLE: TemplateTable = {
  name: "ImpactScale",
  required: false,
  sheet: "Settings",
  description: "Custom impact words and their values; replaces the default None/Low/Moderate/Strong/Extreme = 0/1/3/6/9.",
  columns: [
    col("Level", "level", true, "text", "Impact word, e.g. Strong.", ["Word", "Impact"]),
    col("Value", "value", true, "number", "Its value (≥ 0).", ["Score", "Points"]),
  ],
};

export const SETTINGS_TABLE: TemplateTable = {
  name: "Settings",
  required: false,
  sheet: "Settings",
  description: "Options as key/value rows; the keys are listed under Settings keys. Unknown keys are ignored with a warning.",
  columns: [
    col("Key", "key", true, "text", "Setting name.", ["Setting", "Option", "Name"]),
    col("Value", "value", true, "any", "Setting value."),
  ],
};

/** Every template table, in the order the template and the docs present them. */
export const TEMPLATE_TABLES: readonly TemplateTable[] = [
  DRIVERS_TABLE,
  DRIVER_COMPARISONS_TABLE,
  JUDGEMENTS_TABLE,
  STAKEHOLDERS_TABLE,
  PROJECTS_TABLE,
  LIMITS_TABLE,
  CAPACITY_TABLE,
  DEMAND_TABLE,
  STATUS_TABLE,
  IMPACT_SCALE_TABLE,
  SETTINGS_TABLE,
];

export interface SettingKey {
  readonly key: string;
  readonly field: string;
  readonly description: string;
  readonly defaultValue: string | number;
  readonly aliases?: readonly string[];
}

/** Keys of the Settings table. */
export const SETTINGS_KEYS: readonly SettingKey[] = [
  { key: "Value basis", field: "valueBasis", description: "What selection maximises: score, benefit or scoreTimesBenefit.", defaultValue: "score" },
  { key: "Weights method", field: "weightsMethod", description: "direct (Drivers[Weight]), ahp (eigenvector of DriverComparisons) or geometric (row geometric mean).", defaultValue: "direct", aliases: ["Weight method"] },
  { key: "Time limit seconds", field: "timeLimitSeconds", description: "Solver time limit in seconds.", defaultValue: 30, aliases: ["Time limit"] },
  { key: "Max shift", field: "maxShift", description: "Months a start may move for resource allocation: 0 = fixed, k, or 'any' (anywhere in its window).", defaultValue: 0 },
  { key: "RAG green", field: "ragGreen", description: "CPI and SPI at or above this are green.", defaultValue: 0.95 },
  { key: "RAG amber", field: "ragAmber", description: "CPI and SPI at or above this (below green) are amber; below is red.", defaultValue: 0.85 },
  { key: "Top k", field: "topK", description: "Size of the top set for robustness analysis.", defaultValue: 10 },
  { key: "Min projects", field: "minProjects", description: "Minimum number of selected projects (blank = none).", defaultValue: "" },
  { key: "Max projects", field: "maxProjects", description: "Maximum number of selected projects (blank = none).", defaultValue: "" },
  { key: "Currency", field: "currency", description: "Currency shown in reports.", defaultValue: "EUR" },
];

/** Lower-cases and drops spaces and punctuation so "Duration (months)" matches "duration months". */
export function normaliseHeader(text: string): string {
  return text.toLowerCase().replace(/%/g, "percent").replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Whether a header names the column (canonical name or alias). */
export function headerMatches(header: string, column: TemplateColumn): boolean {
  const h = normaliseHeader(header);
  if (h === "") return false;
  return normaliseHeader(column.name) === h || (column.aliases ?? []).some((a) => normaliseHeader(a) === h);
}

/** The template table with this name (case-insensitive), if any. */
export function templateTable(name: string): TemplateTable | undefined {
  const n = normaliseHeader(name);
  return TEMPLATE_TABLES.find((t) => normaliseHeader(t.name) === n);
}

/** Canonical headers of a table's fixed columns, for "Create empty template". */
export function templateHeaders(table: TemplateTable, includeOptional = true): string[] {
  return table.columns.filter((c) => includeOptional || c.required).map((c) => c.name);
}

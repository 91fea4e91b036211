/**
 * The fixed content of the sample portfolio: drivers, projects with their category and the drivers each
 * project mainly serves, owners and roles. Numbers are drawn from a seeded generator in samplePortfolio.ts.
 */

export const DRIVERS = [
  { name: "Customer experience", description: "Easier, faster, more reliable service for customers.", weight: 28 },
  { name: "Revenue growth", description: "New revenue or protected revenue within three years.", weight: 23 },
  { name: "Cost efficiency", description: "Lower run cost, fewer manual steps, retired systems.", weight: 15 },
  { name: "Risk & compliance", description: "Regulatory obligations, security and operational resilience.", weight: 15 },
  { name: "Innovation", description: "New capabilities that open options for the future.", weight: 11 },
  { name: "Employee engagement", description: "Better tools and ways of working for staff.", weight: 8 },
] as const;

/** Last cycle's direct weights (the steering committee shifted weight from cost to customers). */
export const PREVIOUS_WEIGHTS = [22, 24, 21, 14, 11, 8] as const;

/**
 * Upper triangle of the AHP judgements (row driver vs column driver), row by row. Mildly inconsistent:
 * CR ≈ 0.076, almost all of it from one judgement — Innovation vs Employee engagement = 1/4, where the other
 * judgements imply about 2 (Innovation more important). That is the judgement worth fixing.
 */
export const JUDGEMENTS_UPPER: readonly (readonly number[])[] = [
  [1, 2, 2, 3, 4],
  [2, 1, 2, 3],
  [1, 2, 2],
  [1, 2],
  [1 / 4],
];

/**
 * Group prioritisation (Judgements and Stakeholders tables): four executives judge the same 15 pairs of drivers
 * (upper triangles in DRIVERS order). The CEO's are the DriverComparisons above; the CFO is close to them with more
 * weight on cost; the CIO is inconsistent (customer over revenue over innovation over customer); the COO
 * disagrees strongly on one pair, revenue growth far above customer experience. The CHRO is listed but has not
 * answered yet.
 */
export const STAKEHOLDERS: readonly { readonly name: string; readonly role: string; readonly weight: number; readonly upper: readonly (readonly number[])[] | null }[] = [
  { name: "A. Laurent", role: "CEO", weight: 2, upper: JUDGEMENTS_UPPER },
  { name: "C. Novak", role: "CFO", weight: 1, upper: [[1, 1, 2, 3, 4], [1, 1, 2, 3], [2, 3, 3], [1, 2], [1 / 3]] },
  { name: "I. Rossi", role: "CIO", weight: 1, upper: [[3, 2, 1, 1 / 3, 3], [2, 2, 3, 2], [1, 1 / 2, 2], [1, 2], [2]] },
  { name: "B. Okafor", role: "COO", weight: 1, upper: [[1 / 7, 1, 1, 2, 3], [5, 4, 5, 7], [1, 2, 2], [2, 2], [1 / 3]] },
  { name: "R. Haddad", role: "CHRO", weight: 1, upper: null },
];

export type Category = "Run" | "Grow" | "Transform";

/** Driver indexes: 0 customer, 1 revenue, 2 cost, 3 risk, 4 innovation, 5 employees. */
export interface CatalogueProject {
  readonly name: string;
  readonly category: Category;
  readonly focus: readonly number[];
}

export const PROJECTS: readonly CatalogueProject[] = [
  { name: "ERP upgrade", category: "Run", focus: [2, 3] },
  { name: "Customer portal v2", category: "Grow", focus: [0, 1] },
  { name: "Identity & access management", category: "Run", focus: [3] },
  { name: "Data platform (lakehouse)", category: "Transform", focus: [4, 2] },
  { name: "AI customer assistant", category: "Transform", focus: [0, 4] },
  { name: "Mobile app redesign", category: "Grow", focus: [0] },
  { name: "Windows 11 rollout", category: "Run", focus: [3, 5] },
  { name: "Network refresh", category: "Run", focus: [3] },
  { name: "E-commerce checkout revamp", category: "Grow", focus: [1, 0] },
  { name: "Partner API platform", category: "Grow", focus: [1, 4] },
  { name: "Security operations centre", category: "Run", focus: [3] },
  { name: "GDPR records clean-up", category: "Run", focus: [3] },
  { name: "Payroll system replacement", category: "Run", focus: [2, 5] },
  { name: "Payroll upgrade in place", category: "Run", focus: [2] },
  { name: "Service desk consolidation", category: "Run", focus: [2, 5] },
  { name: "Loyalty programme", category: "Grow", focus: [1, 0] },
  { name: "Marketing automation", category: "Grow", focus: [1] },
  { name: "Pricing analytics", category: "Grow", focus: [1, 4] },
  { name: "Sales CRM mobile", category: "Grow", focus: [1, 5] },
  { name: "Legacy CRM decommission", category: "Run", focus: [2] },
  { name: "Cloud migration wave 2", category: "Transform", focus: [2, 4] },
  { name: "Predictive maintenance", category: "Transform", focus: [2, 4] },
  { name: "Digital twin of the supply chain", category: "Transform", focus: [4] },
  { name: "Robotic process automation in finance", category: "Transform", focus: [2, 5] },
  { name: "Zero-trust security", category: "Transform", focus: [3, 4] },
  { name: "Product information management", category: "Grow", focus: [1, 2] },
  { name: "Omnichannel order management", category: "Transform", focus: [0, 1] },
  { name: "Self-service returns", category: "Grow", focus: [0, 2] },
  { name: "Data warehouse refresh", category: "Run", focus: [2] },
  { name: "Backup modernisation", category: "Run", focus: [3] },
  { name: "Disaster recovery automation", category: "Run", focus: [3] },
  { name: "Licence optimisation", category: "Run", focus: [2] },
  { name: "Employee self-service HR portal", category: "Grow", focus: [5] },
  { name: "Learning management system", category: "Grow", focus: [5] },
  { name: "Field service scheduling", category: "Transform", focus: [0, 2] },
  { name: "Nordics market entry", category: "Grow", focus: [1] },
  { name: "Subscription billing", category: "Grow", focus: [1, 4] },
  { name: "Contact centre in the cloud", category: "Transform", focus: [0, 2] },
  { name: "Supplier portal", category: "Grow", focus: [2] },
  { name: "Fraud detection models", category: "Transform", focus: [3, 4] },
  { name: "Accessibility remediation", category: "Run", focus: [0, 3] },
  { name: "Intranet replacement", category: "Run", focus: [5] },
  { name: "Warehouse robotics pilot", category: "Transform", focus: [4, 2] },
  { name: "Customer data platform", category: "Transform", focus: [0, 1] },
  { name: "Electronic invoicing", category: "Run", focus: [2, 3] },
  { name: "Printer fleet reduction", category: "Run", focus: [2] },
  { name: "Sustainability reporting", category: "Run", focus: [3] },
  { name: "Chat-based IT support", category: "Grow", focus: [5, 2] },
];

/** Projects that finished in the previous cycle (they appear only in the previous-cycle workbook). */
export const FINISHED_PROJECTS: readonly CatalogueProject[] = [
  { name: "Website re-platforming", category: "Grow", focus: [0, 1] },
  { name: "Email migration to the cloud", category: "Run", focus: [2] },
  { name: "Multi-factor authentication", category: "Run", focus: [3] },
  { name: "Call recording compliance", category: "Run", focus: [3] },
  { name: "Sales dashboards", category: "Grow", focus: [1] },
  { name: "Chatbot pilot", category: "Transform", focus: [0, 4] },
  { name: "Document management", category: "Run", focus: [2, 5] },
  { name: "Mobile workforce app", category: "Grow", focus: [5, 0] },
  { name: "Data centre cooling upgrade", category: "Run", focus: [2] },
  { name: "Price comparison engine", category: "Transform", focus: [1, 4] },
];

/** Decisions and relations by project name (ids are assigned in catalogue order: P01, P02, …). */
export const FORCED_IN = ["ERP upgrade", "Security operations centre", "GDPR records clean-up"];
export const FORCED_OUT = ["Printer fleet reduction", "Warehouse robotics pilot"];
export const DEPENDS_ON: readonly (readonly [string, string])[] = [
  ["Customer portal v2", "Identity & access management"],
  ["AI customer assistant", "Data platform (lakehouse)"],
  ["Predictive maintenance", "Data platform (lakehouse)"],
  ["Fraud detection models", "Data platform (lakehouse)"],
  ["Legacy CRM decommission", "Sales CRM mobile"],
  ["Customer data platform", "Identity & access management"],
  ["Zero-trust security", "Identity & access management"],
];
export const EXCLUDES: readonly (readonly [string, string])[] = [
  ["Payroll system replacement", "Payroll upgrade in place"],
  ["Data platform (lakehouse)", "Data warehouse refresh"],
  ["Contact centre in the cloud", "Chat-based IT support"],
];
export const TOGETHER: readonly (readonly [string, string])[] = [["Loyalty programme", "Marketing automation"]];
export const STARTS_AFTER: readonly (readonly [string, string])[] = [["Legacy CRM decommission", "Sales CRM mobile"]];

export const OWNERS = [
  "A. Laurent",
  "B. Okafor",
  "C. Novak",
  "D. Haddad",
  "E. Lindqvist",
  "F. Moreau",
  "G. Tanaka",
  "H. Schmidt",
  "I. Rossi",
  "J. Kowalski",
];

/** Role, monthly FTE capacity, cost per FTE-month, and its share of a project's effort. */
export const ROLES = [
  { role: "Developer", fte: 16, rate: 9_500, effortShare: 0.5 },
  { role: "Analyst", fte: 7, rate: 8_800, effortShare: 0.2 },
  { role: "Architect", fte: 3, rate: 12_500, effortShare: 0.1 },
  { role: "Tester", fte: 6, rate: 7_800, effortShare: 0.2 },
] as const;

export const IMPACT_WORDS = ["None", "Low", "Moderate", "Strong", "Extreme"] as const;
export const IMPACT_VALUES = [0, 1, 3, 6, 9] as const;

/** Typical impact level (index into IMPACT_WORDS) per driver for each category, before focus and noise. */
export const CATEGORY_PRIOR: Readonly<Record<Category, readonly number[]>> = {
  Run: [1, 1, 2, 2, 0, 1],
  Grow: [2, 2, 1, 1, 1, 1],
  Transform: [2, 1, 2, 1, 2, 1],
};

/**
 * Extra sections of `pmo-align demo`, run after scoring, selection and allocation. An area adds its
 * section here (import + array entry); the demo prints each section's lines under its title and writes its
 * sheets into the results workbook. Monitoring's delivery status is the first, then robustness of the
 * ranking, the dashboard with the stakeholder report, the review against the previous cycle, and the group
 * prioritisation of the drivers by the sample's four executives.
 */
import { dashboardDemoSection } from "./dashboardDemoSection";
import { groupDemoSection } from "./groupDemoSection";
import { monitoringDemoSection } from "./monitoringDemoSection";
import { reviewDemoSection } from "./reviewDemoSection";
import { robustnessDemoSection } from "./robustnessDemoSection";
import type { DemoSection } from "./types";

export type { DemoContext, DemoSection, DemoSectionOutput } from "./types";

export const demoSections: DemoSection[] = [monitoringDemoSection, robustnessDemoSection, dashboardDemoSection, reviewDemoSection, groupDemoSection];

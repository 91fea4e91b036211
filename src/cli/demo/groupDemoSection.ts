/** The demo's group prioritisation step: the sample's four executives' judgements combined (issue 14). */
import { prioritiseGroup } from "../../engine/portfolio";
import { groupLines } from "../analysis/groupWeightsText";
import type { DemoSection } from "./types";

export const groupDemoSection: DemoSection = {
  title: "Group prioritisation of the drivers (pmo-align weights --group)",
  run({ portfolio }) {
    const group = portfolio.group;
    if (!group) return { lines: ["No Judgements table: the drivers are weighed by one set of judgements."] };
    return { lines: groupLines(prioritiseGroup(group), group.stakeholders) };
  },
};

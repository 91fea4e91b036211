/** Group weights from a portfolio's Judgements: the complete stakeholders are combined, the others listed. */
import { groupWeights, type AhpMethod, type GroupAggregation, type GroupResult } from "../ahp";
import type { GroupJudgements, GroupStakeholder } from "./types";

export interface GroupPrioritisation {
  /** Null when no stakeholder has judged every pair yet. */
  readonly result: GroupResult | null;
  /** Listed in Stakeholders, no judgement at all: shown as waiting, never counted as zero. */
  readonly notAnswered: readonly GroupStakeholder[];
  /** Some pairs judged, some missing: shown with the missing pairs, left out until complete. */
  readonly incomplete: readonly GroupStakeholder[];
}

/**
 * Combines the complete stakeholders (AIJ by default), labelled with the driver names.
 * @throws PmoInputError when every complete stakeholder has voting weight 0.
 */
export function prioritiseGroup(group: GroupJudgements, options: { aggregation?: GroupAggregation; method?: AhpMethod } = {}): GroupPrioritisation {
  const complete = group.stakeholders.filter((s) => s.status === "complete");
  const result =
    complete.length === 0
      ? null
      : groupWeights(
          complete.map((s) => ({ name: s.name, matrix: s.matrix!, weight: s.weight })),
          { ...options, labels: group.labels, table: "Judgements" },
        );
  return {
    result,
    notAnswered: group.stakeholders.filter((s) => s.status === "not answered"),
    incomplete: group.stakeholders.filter((s) => s.status === "incomplete"),
  };
}

/** The demo's cycle review: the sample against its previous planning cycle, briefly; writes PMO Review. */
import { compareCycles } from "../../engine/review";
import { reviewSheet } from "../../sheets/reviewSheet";
import type { DemoSection } from "./types";
import { cycleName, workbookFileSnapshot, workbookSnapshot } from "../io/monitoringInputs";
import { previousCycleWorkbookPath } from "../io/paths";
import { accuracyLine, benefitsLine, moversTable, reviewHeadline, weightChangesLine } from "../analysis/reviewText";

const MOVERS_SHOWN = 3;

export const reviewDemoSection: DemoSection = {
  title: "Review against the previous planning cycle",
  async run({ input, warn, portfolio, scores, selection }) {
    const previous = await workbookFileSnapshot(previousCycleWorkbookPath(), warn);
    const current = await workbookSnapshot(portfolio, cycleName(input), { scores, selection: selection.result });
    const review = compareCycles(previous, current);
    const optional = (line: string | null) => (line === null ? [] : [line]);
    return {
      lines: [
        reviewHeadline(review),
        ...optional(weightChangesLine(review)),
        "",
        `Biggest movers (${MOVERS_SHOWN} of ${review.moves.length}, all in PMO Review):`,
        ...moversTable(review, MOVERS_SHOWN),
        "",
        ...optional(accuracyLine(review)),
        ...optional(benefitsLine(review)),
      ],
      sheets: [reviewSheet(review)],
    };
  },
};

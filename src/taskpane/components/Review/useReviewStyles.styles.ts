import { makeStyles, tokens } from "@fluentui/react-components";

export const useReviewStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalL,
  },
  row: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "end",
  },
  hint: { color: tokens.colorNeutralForeground3 },
});

import { makeStyles, tokens } from "@fluentui/react-components";

export const useDriversStepStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  direct: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
  },
  // At 320 px the hint goes under the button rather than squeezing it onto several lines.
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    "& > button": { flexShrink: 0, whiteSpace: "nowrap" },
  },
  input: { minWidth: 0, width: "100%" },
});

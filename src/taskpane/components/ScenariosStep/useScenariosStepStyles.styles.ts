import { makeStyles, tokens } from "@fluentui/react-components";

export const useScenariosStepStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  // The name field shrinks before the Save button does, so the button keeps its width inside the pane.
  save: {
    display: "flex",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalS,
    "& > button": { flexShrink: 0 },
  },
  grow: { flexGrow: 1, minWidth: 0 },
  scenario: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  hint: { color: tokens.colorNeutralForeground3 },
});

import { makeStyles, tokens } from "@fluentui/react-components";

export const usePrioritiseStepStyles = makeStyles({
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
  },
  hint: { color: tokens.colorNeutralForeground3 },
});

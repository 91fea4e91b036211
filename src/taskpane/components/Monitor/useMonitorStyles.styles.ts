import { makeStyles, tokens } from "@fluentui/react-components";

export const useMonitorStyles = makeStyles({
  form: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    alignItems: "end",
  },
  field: { maxWidth: "120px" },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    marginTop: tokens.spacingVerticalM,
  },
  counts: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalM,
    marginBottom: tokens.spacingVerticalS,
  },
  hint: { color: tokens.colorNeutralForeground3 },
});

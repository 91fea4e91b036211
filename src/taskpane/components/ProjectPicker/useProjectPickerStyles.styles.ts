import { makeStyles, tokens } from "@fluentui/react-components";

export const useProjectPickerStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  combobox: { minWidth: 0, width: "100%" },
  tags: { flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

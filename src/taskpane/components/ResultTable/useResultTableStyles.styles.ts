import { makeStyles, tokens } from "@fluentui/react-components";

export const useResultTableStyles = makeStyles({
  table: { tableLayout: "auto" },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  caption: {
    textAlign: "start",
    color: tokens.colorNeutralForeground2,
    paddingBottom: tokens.spacingVerticalXS,
  },
});

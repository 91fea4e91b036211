import { makeStyles, tokens } from "@fluentui/react-components";

export const useWeightBarsStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 2fr) minmax(0, 3fr) auto",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  track: {
    height: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground4,
    overflow: "hidden",
  },
  bar: {
    height: "100%",
    backgroundColor: tokens.colorBrandBackground,
    transitionProperty: "width",
    transitionDuration: tokens.durationNormal,
  },
  value: { fontVariantNumeric: "tabular-nums" },
  name: { minWidth: 0, overflowWrap: "anywhere" },
});

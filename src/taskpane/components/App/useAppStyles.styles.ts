import { makeStaticStyles, makeStyles, tokens } from "@fluentui/react-components";

/** The pane fills the host's frame edge to edge. */
export const useGlobalStyles = makeStaticStyles({
  "html, body": { margin: 0, padding: 0 },
  // Fluent's typography components set the type ramp; browser heading margins would double the spacing.
  "h1, h2, h3, h4": { margin: 0 },
});

export const useAppStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  nav: {
    flexWrap: "wrap",
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  main: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
  },
  description: {
    color: tokens.colorNeutralForeground2,
  },
  status: {
    ":empty": { display: "none" },
  },
  // Read by screen readers, not shown, and not a flex item (no gap): the announcement of a banner.
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

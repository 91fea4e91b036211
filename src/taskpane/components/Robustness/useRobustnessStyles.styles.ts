import { makeStyles, tokens } from "@fluentui/react-components";

export const useRobustnessStyles = makeStyles({
  form: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(120px, 1fr))",
    gap: tokens.spacingHorizontalM,
    alignItems: "start",
  },
  // Fluent inputs have an intrinsic minimum width; let them shrink to the grid column.
  input: { width: "100%", minWidth: 0 },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    marginTop: tokens.spacingVerticalM,
  },
  verdict: {
    display: "block",
    marginTop: tokens.spacingVerticalM,
    marginBottom: tokens.spacingVerticalS,
  },
  hint: { color: tokens.colorNeutralForeground3 },
  // What is being checked (ranking or selection), right under the step's description.
  focus: { margin: 0, color: tokens.colorNeutralForeground3 },
});

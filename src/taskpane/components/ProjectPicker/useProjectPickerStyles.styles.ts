import { makeStyles } from "@fluentui/react-components";

export const useProjectPickerStyles = makeStyles({
  combobox: { minWidth: 0, width: "100%" },
});

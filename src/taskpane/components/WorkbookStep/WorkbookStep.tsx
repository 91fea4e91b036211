import * as React from "react";
import { Text } from "@fluentui/react-components";

export function WorkbookStep(): React.JSX.Element {
  return <Text>Loading…</Text>;
}

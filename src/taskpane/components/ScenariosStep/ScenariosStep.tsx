import * as React from "react";
import { Text } from "@fluentui/react-components";

export function ScenariosStep(): React.JSX.Element {
  return <Text>Loading…</Text>;
}

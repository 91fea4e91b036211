import * as React from "react";
import { Text } from "@fluentui/react-components";

export function ShareStep(): React.JSX.Element {
  return <Text>Loading…</Text>;
}

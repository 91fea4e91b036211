import * as React from "react";
import { Text } from "@fluentui/react-components";

export function PrioritiseStep(): React.JSX.Element {
  return <Text>Loading…</Text>;
}

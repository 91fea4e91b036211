/**
 * Why a step's action is disabled: the columns its feature needs, from the errors that stop it
 * (engine/portfolio featureNeeds), e.g. "Selection needs Projects[Benefit]. Fix the errors listed on the
 * Workbook step first."
 */
import * as React from "react";
import { Text } from "@fluentui/react-components";
import { featureNeeds, type Feature } from "../../../engine/portfolio";
import { usePmo } from "../../state/PmoContext";

export function BlockedHint({ feature, className }: { readonly feature: Feature; readonly className?: string }): React.JSX.Element | null {
  const { problems, blocked } = usePmo();
  if (!blocked.has(feature)) return null;
  const needs = featureNeeds(problems, feature);
  return (
    <Text className={className} data-testid={`blocked-${feature}`}>
      {needs ? `${needs}. ` : ""}Fix the errors listed on the Workbook step first.
    </Text>
  );
}

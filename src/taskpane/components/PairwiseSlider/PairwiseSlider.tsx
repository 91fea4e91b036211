/** One pairwise judgement: a slider from "left is extremely more important" (9) through equal (1) to the right (9). */
import * as React from "react";
import { Slider, Text } from "@fluentui/react-components";
import { judgementOf, judgementWords, positionOf } from "../../pairwise";
import { usePairwiseSliderStyles } from "./usePairwiseSliderStyles.styles";

/** Tick labels under the slider: the left driver's 9 … equal … the right driver's 9. */
const SCALE = ["9", "7", "5", "3", "1", "3", "5", "7", "9"];

export interface PairwiseSliderProps {
  readonly left: string;
  readonly right: string;
  /** a_ij: how much more important left is than right. */
  readonly judgement: number;
  readonly onChange: (judgement: number) => void;
}

export function PairwiseSlider({ left, right, judgement, onChange }: PairwiseSliderProps): React.JSX.Element {
  const styles = usePairwiseSliderStyles();
  const id = React.useId();
  const words = judgementWords(left, right, judgement);
  return (
    <div className={styles.root}>
      <div className={styles.ends} id={`${id}-label`}>
        <span>{left}</span>
        <span>{right}</span>
      </div>
      <Slider
        className={styles.slider}
        min={-8}
        max={8}
        step={1}
        value={positionOf(judgement)}
        onChange={(_, data) => onChange(judgementOf(data.value))}
        aria-label={`${left} versus ${right}`}
        aria-valuetext={words}
      />
      <div className={styles.scale} aria-hidden="true">
        {SCALE.map((label, i) => (
          <span key={i}>{label}</span>
        ))}
      </div>
      <Text size={200} className={styles.words} aria-hidden="true">
        {words}
      </Text>
    </div>
  );
}

import { fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { PairwiseSlider } from "./PairwiseSlider";

describe("PairwiseSlider", () => {
  it("is labelled with both drivers, says the judgement in words and reports the new judgement", () => {
    const changes: number[] = [];
    render(
      <FluentProvider theme={webLightTheme}>
        <PairwiseSlider left="Growth" right="Risk" judgement={3} onChange={(a) => changes.push(a)} />
      </FluentProvider>,
    );
    const slider = screen.getByRole("slider", { name: "Growth versus Risk" });
    expect(slider.getAttribute("aria-valuetext")).toBe("Growth is moderately more important than Risk (3)");
    expect((slider as HTMLInputElement).value).toBe("-2");
    fireEvent.change(slider, { target: { value: "4" } });
    expect(changes).toEqual([1 / 5]);
  });
});

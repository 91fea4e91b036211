import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { WeightBars } from "./WeightBars";

describe("WeightBars", () => {
  it("labels each bar with the driver and its share, scaled to the largest weight", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <WeightBars labels={["Growth", "Risk"]} weights={[0.75, 0.25]} />
      </FluentProvider>,
    );
    expect(screen.getByRole("listitem", { name: "Growth: 75.0%" })).toBeTruthy();
    const risk = screen.getByRole("listitem", { name: "Risk: 25.0%" });
    expect((risk.querySelector("[aria-hidden] > div") as HTMLElement).style.width).toBe("33.33333333333333%");
  });
});

import * as React from "react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ProjectPicker } from "./ProjectPicker";
import "../../testing/fakes"; // jsdom polyfills (ResizeObserver)

const projects = Array.from({ length: 300 }, (_, i) => ({ id: `P${i + 1}`, name: i === 41 ? "Data platform" : `Project ${i + 1}` }));

function Harness({ onChange }: { onChange: (ids: string[]) => void }) {
  const [selected, setSelected] = React.useState<string[]>(["P7"]);
  return (
    <ProjectPicker
      label="Always include"
      projects={projects}
      selected={selected}
      onChange={(ids) => {
        setSelected(ids);
        onChange(ids);
      }}
    />
  );
}

describe("ProjectPicker", () => {
  it("narrows a long list as the user types, adds picks as tags and removes them", async () => {
    const user = userEvent.setup();
    const changes: string[][] = [];
    render(
      <FluentProvider theme={webLightTheme}>
        <Harness onChange={(ids) => changes.push(ids)} />
      </FluentProvider>,
    );
    const box = screen.getByRole("combobox", { name: "Always include" });
    await user.click(box);
    // Every project matches: only the first 50 are offered until the text narrows the list.
    expect(screen.getAllByRole("option")).toHaveLength(50);
    await user.type(box, "platform");
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual(["P42 · Data platform"]);
    await user.click(screen.getByRole("option", { name: "P42 · Data platform" }));
    expect(changes).toEqual([["P7", "P42"]]);
    await user.click(screen.getByRole("button", { name: "Remove P7 · Project 7" }));
    expect(changes[1]).toEqual(["P42"]);
  });
});

import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { DependencyEditor, describeDependency } from "./DependencyEditor";
import type { Dependency } from "../../engineBridge";

const projects = [
  { id: "P1", name: "CRM" },
  { id: "P2", name: "ERP" },
];

describe("DependencyEditor", () => {
  it("lists rules in words and removes one with its labelled button", async () => {
    const changes: Dependency[][] = [];
    const rules: Dependency[] = [{ kind: "requires", a: "P1", b: "P2" }, { kind: "exclusive", a: "P1", b: "P2" }];
    render(
      <FluentProvider theme={webLightTheme}>
        <DependencyEditor projects={projects} rules={rules} onChange={(r) => changes.push(r)} />
      </FluentProvider>,
    );
    expect(screen.getByText("P1 only if P2 is selected")).toBeTruthy();
    await userEvent.setup().click(screen.getByRole("button", { name: "Remove: P1 and P2: at most one" }));
    expect(changes).toEqual([[rules[0]]]);
  });

  it("adds a rule from two chosen projects", async () => {
    const user = userEvent.setup();
    const changes: Dependency[][] = [];
    render(
      <FluentProvider theme={webLightTheme}>
        <DependencyEditor projects={projects} rules={[]} onChange={(r) => changes.push(r)} />
      </FluentProvider>,
    );
    const add = screen.getByRole("button", { name: "Add dependency" }) as HTMLButtonElement;
    expect(add.disabled).toBe(true);
    await user.click(screen.getByRole("combobox", { name: "Project" }));
    await user.click(screen.getByRole("option", { name: "P1 · CRM" }));
    await user.click(screen.getByRole("combobox", { name: "Other project" }));
    await user.click(screen.getByRole("option", { name: "P2 · ERP" }));
    await user.click(add);
    expect(changes).toEqual([[{ kind: "requires", a: "P1", b: "P2" }]]);
    expect(describeDependency({ kind: "together", a: "P1", b: "P2" })).toBe("P1 and P2: both or neither");
  });
});

import { screen, waitFor } from "@testing-library/react";
import { renderLoaded } from "../../testing/renderView";
import { REVIEW_SHEET } from "../../../sheets/reviewSheet";
import type { CycleSnapshot } from "../../../engine/review";
import { CYCLE_SNAPSHOTS_SETTING, Review, storedSnapshots } from "./Review";

describe("Review view", () => {
  it("snapshots the cycle into the workbook, then compares the changed workbook with it", async () => {
    const first = renderLoaded(<Review />);
    const { user, excel } = first;
    const name = await screen.findByRole("textbox", { name: "Cycle name" });
    await user.clear(name);
    await user.type(name, "2026");
    await user.click(screen.getByRole("button", { name: "Snapshot this cycle" }));
    await waitFor(() => expect(storedSnapshots(excel.settings[CYCLE_SNAPSHOTS_SETTING]).map((s) => s.cycle)).toEqual(["2026"]));
    const stored = storedSnapshots(excel.settings[CYCLE_SNAPSHOTS_SETTING])[0] as CycleSnapshot;
    expect(stored.projects.map((p) => p.id)).toEqual(["P1", "P2", "P3", "P4"]);
    expect(JSON.parse(JSON.stringify(stored))).toEqual(stored); // plain JSON

    first.unmount();

    // The workbook changes: P4's Customers rating goes from Low to Extreme.
    const projects = excel.tables.find((t) => t.name === "Projects")!;
    excel.tables = excel.tables.map((t) =>
      t.name === "Projects" ? { ...t, rows: projects.rows.map((r) => (r[0] === "P4" ? [...r.slice(0, 8), "Extreme", ...r.slice(9)] : r)) } : t,
    );
    renderLoaded(<Review />, { excel });
    await screen.findByText("Stored: 2026");
    await user.click(screen.getByRole("combobox", { name: "Compared with" }));
    await user.click(screen.getByRole("option", { name: "2026" }));
    await user.click(screen.getByRole("button", { name: "Compare cycles" }));
    await waitFor(() => expect(excel.written.map((s) => s.name)).toEqual([REVIEW_SHEET]));
    const table = screen.getByRole("table", { name: /Largest score changes/ });
    expect(table.querySelector("tbody tr")?.textContent).toContain("Web");
    expect(screen.getByText(/Customers rating Low → Extreme/)).toBeTruthy();
  });

  it("ignores stored entries that are not snapshots", () => {
    expect(storedSnapshots([{ format: "other" }, 3])).toEqual([]);
    expect(storedSnapshots(null)).toEqual([]);
  });
});

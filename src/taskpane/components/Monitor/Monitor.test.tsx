import { screen, waitFor } from "@testing-library/react";
import type { TableData } from "../../../engine/portfolio";
import { fakeExcel, smallPortfolio } from "../../testing/fakes";
import { renderLoaded } from "../../testing/renderView";
import { DASHBOARD_SHEET } from "../../../sheets/dashboardSheet";
import { STATUS_SHEET } from "../../../sheets/statusSheet";
import { cellAt } from "../../../sheets/cellAt";
import { Monitor } from "./Monitor";

/** The small portfolio plus a Status table: P1 on track, P2 over budget (CPI 0.8), P3 slightly behind. */
function withStatus(): TableData[] {
  return [
    ...smallPortfolio(),
    {
      name: "Status",
      headers: ["Project", "Period", "BAC", "PV", "EV", "AC"],
      rows: [
        ["P1", "2027-01", 100, 40, 40, 38],
        ["P2", "2027-01", 200, 50, 50, 62.5],
        ["P3", "2027-01", 150, 60, 54, 54],
      ],
      address: { sheet: "Status", headerRow: 0, firstColumn: 0 },
    },
  ];
}

describe("Monitor view", () => {
  it("writes PMO Status and PMO Dashboard and lists the projects at risk", async () => {
    const { user, excel } = renderLoaded(<Monitor />, { excel: fakeExcel(withStatus()) });
    await user.click(await screen.findByRole("button", { name: "Update status and dashboard" }));
    await waitFor(() => expect(excel.written.map((s) => s.name)).toEqual([STATUS_SHEET, DASHBOARD_SHEET]));
    const status = excel.written[0];
    expect(cellAt(status, "A5")?.value).toBe("P2"); // Red first
    expect(cellAt(status, "O5")?.value).toBe("Red");
    const table = screen.getByRole("table", { name: /Projects at risk/ });
    expect([...table.querySelectorAll("tbody tr")].map((r) => r.textContent)).toEqual([expect.stringContaining("ERP"), expect.stringContaining("Data")]);
    expect(screen.getByRole("group", { name: "Projects by status" }).textContent).toContain("Green 1");
  });

  it("uses the thresholds the user types", async () => {
    const { user, excel } = renderLoaded(<Monitor />, { excel: fakeExcel(withStatus()) });
    const amber = await screen.findByRole("spinbutton", { name: "Amber from" });
    await user.clear(amber);
    await user.type(amber, "0.75");
    await user.click(screen.getByRole("button", { name: "Update status and dashboard" }));
    await waitFor(() => expect(excel.written.length).toBe(2));
    expect(cellAt(excel.written[0], "O5")?.value).toBe("Amber"); // CPI 0.8 is Amber from 0.75
  });

  it("explains what to add when there is no Status table", async () => {
    renderLoaded(<Monitor />);
    expect(await screen.findByText(/no Status rows yet/)).toBeTruthy();
  });
});

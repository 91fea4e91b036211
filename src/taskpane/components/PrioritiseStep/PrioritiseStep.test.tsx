import { screen, waitFor } from "@testing-library/react";
import { PrioritiseStep } from "./PrioritiseStep";
import { fakeExcel, smallPortfolio } from "../../testing/fakes";
import { renderAfterWorkbook } from "../../testing/renderView";

const renderPrioritise = (apiVersion?: string) => renderAfterWorkbook(<PrioritiseStep />, { excel: fakeExcel(smallPortfolio(), { apiVersion }) });

describe("PrioritiseStep", () => {
  it("ranks with the workbook's weights and writes PMO Ranking with the driver-contribution chart", async () => {
    const { user, excel } = await renderPrioritise();
    await user.click(screen.getByRole("button", { name: "Score and rank" }));
    await waitFor(() => expect(excel.written.map((s) => s.name)).toEqual(["PMO Ranking"]));
    expect(excel.written[0].charts?.map((c) => c.kind)).toEqual(["barStacked"]);
    // P3 (Extreme/Moderate/Strong) ranks first: 0.5·9 + 0.3·3 + 0.2·6 = 6.6 of 9 → 73.3.
    const table = await screen.findByRole("table", { name: /Top 4 of 4/ });
    expect(table.querySelectorAll("tbody tr")[0].textContent).toBe("1Data73.3150");
  });

  it("is disabled with the reason on an Excel without the needed API set", async () => {
    await renderPrioritise("1.6");
    expect((screen.getByRole("button", { name: "Score and rank" }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(/cannot write formatted result sheets \(it needs Excel API 1\.7\)/)).toBeTruthy();
  });
});

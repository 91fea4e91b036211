import { screen, waitFor, within } from "@testing-library/react";
import { DriversStep } from "../DriversStep";
import { fakeExcel, smallPortfolio } from "../../testing/fakes";
import { renderAfterWorkbook } from "../../testing/renderView";
import type { RawCell, TableData } from "../../../engine/portfolio";
import { groupWeights } from "../../../engine/ahp";

const pairs = (who: string, a: RawCell, b: RawCell, c: RawCell): RawCell[][] => [
  [who, "Customers", "Efficiency", a],
  [who, "Customers", "Risk", b],
  [who, "Efficiency", "Risk", c],
];

/** Ann and Ben answered (Ben reverses Customers vs Efficiency), Cy half-way, Dee not at all. */
function groupBook(): TableData[] {
  return [
    ...smallPortfolio(),
    { name: "Stakeholders", headers: ["Name", "Role", "Weight"], rows: [["Ann", "CEO", 1], ["Ben", "CFO", 1], ["Cy", "COO", 1], ["Dee", "CIO", 1]], address: { sheet: "Judgements", headerRow: 0, firstColumn: 6 } },
    {
      name: "Judgements",
      headers: ["Stakeholder", "Driver", "Compared with", "Value"],
      rows: [...pairs("Ann", 3, 5, 2), ...pairs("Ben", "1/5", 2, 3), ["Cy", "Customers", "Risk", 2]],
      address: { sheet: "Judgements", headerRow: 0, firstColumn: 0 },
    },
  ];
}

const renderGroup = async (excel = fakeExcel(groupBook())) => {
  const view = await renderAfterWorkbook(<DriversStep />, { excel, open: "open drivers" });
  await view.user.click(screen.getByRole("radio", { name: "Group" }));
  return view;
};

describe("GroupWeights (Drivers step, group mode)", () => {
  it("combines the complete stakeholders, shows their bars side by side, the consensus, the disputed pair and who is missing", async () => {
    await renderGroup();
    const expected = groupWeights([
      { name: "Ann", matrix: [[1, 3, 5], [1 / 3, 1, 2], [1 / 5, 1 / 2, 1]] },
      { name: "Ben", matrix: [[1, 1 / 5, 2], [5, 1, 3], [1 / 2, 1 / 3, 1]] },
    ]);
    const main = within(screen.getByRole("region", { name: "Weights" }));
    const shown = main.getAllByTestId("weight-value").map((e) => e.textContent);
    expect(shown).toEqual(expected.weights.map((w) => `${(w * 100).toFixed(1)}%`));
    expect(screen.getByRole("region", { name: "Weights of Ann" })).toBeTruthy();
    expect(screen.getByRole("region", { name: "Weights of Ben" })).toBeTruthy();
    expect(screen.getByTestId("group-consensus").textContent).toBe(
      `Consensus ${(expected.consensus!.value * 100).toFixed(1)}% (${expected.consensus!.level}) among 2 stakeholders.`,
    );
    expect(screen.getByTestId("group-disputed").textContent).toMatch(/^Most disputed: Customers versus Efficiency, from 1\/5 \(Ben\) to 3 \(Ann\)/);
    expect(screen.getByTestId("group-incomplete").textContent).toContain("Cy (2 pairs missing)");
    expect(screen.getByTestId("group-not-answered").textContent).toBe("Not answered yet: Dee.");
  });

  it("prepares one judgement sheet per listed stakeholder (names editable)", async () => {
    const { user, excel } = await renderGroup();
    const box = screen.getByRole("textbox", { name: /Stakeholders \(one per line\)/ }) as HTMLTextAreaElement;
    expect(box.value).toBe("Ann\nBen\nCy\nDee");
    await user.type(box, "\nEve");
    await user.click(screen.getByRole("button", { name: "Prepare judgement sheets" }));
    await waitFor(() => expect(excel.judgementSheets.map((s) => s.spec.name)).toEqual(["PMO Judgements Ann", "PMO Judgements Ben", "PMO Judgements Cy", "PMO Judgements Dee", "PMO Judgements Eve"]));
    expect(excel.judgementSheets[0]!.tableName).toBe("Judgements_Ann");
    expect(excel.judgementSheets[0]!.valueRange).toBe("D6:D8");
    // The workbook is re-read after preparing; the step stays in group mode.
    await waitFor(() => expect(screen.getByRole("button", { name: "Combine" })).toBeTruthy());
    expect((screen.getByRole("radio", { name: "Group" }) as HTMLInputElement).checked).toBe(true);
  });

  it("switches to averaging the priorities (AIP) on request", async () => {
    const { user } = await renderGroup();
    await user.click(screen.getByRole("radio", { name: "Average priorities (AIP)" }));
    const expected = groupWeights(
      [
        { name: "Ann", matrix: [[1, 3, 5], [1 / 3, 1, 2], [1 / 5, 1 / 2, 1]] },
        { name: "Ben", matrix: [[1, 1 / 5, 2], [5, 1, 3], [1 / 2, 1 / 3, 1]] },
      ],
      { aggregation: "aip" },
    );
    const main = within(screen.getByRole("region", { name: "Weights" }));
    expect(main.getAllByTestId("weight-value").map((e) => e.textContent)).toEqual(expected.weights.map((w) => `${(w * 100).toFixed(1)}%`));
  });
});

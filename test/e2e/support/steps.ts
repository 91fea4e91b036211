/** Page actions shared by the end-to-end tests (user-level: roles and visible names). */
import type { Page } from "playwright-core";
import type { HostSnapshot, Pane } from "./harness";

export async function goToStep(page: Page, title: string): Promise<void> {
  await page.getByRole("tab", { name: new RegExp(`: ${title}$`) }).click();
  await page.getByRole("heading", { level: 2, name: title }).waitFor();
}

/** Wait for the notice bar to show a title matching `title` and return its text. */
export async function noticeText(page: Page, title: RegExp, timeout = 30000): Promise<string> {
  const notice = page.getByTestId("notice").filter({ hasText: title });
  await notice.waitFor({ timeout });
  return notice.innerText();
}

export function sheet(snapshot: HostSnapshot, name: string): HostSnapshot["sheets"][number] {
  const s = snapshot.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`Sheet '${name}' not found; sheets: ${snapshot.sheets.map((x) => x.name).join(", ")}`);
  return s;
}

export async function workbookRead(pane: Pane): Promise<void> {
  await pane.page.getByTestId("problem-count").filter({ hasNotText: "Reading" }).waitFor();
}

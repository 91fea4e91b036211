/** Shared set-ups for component tests: render a view once the workbook has been read. */
import * as React from "react";
import { render, screen, type RenderResult } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { usePmo } from "../state/PmoContext";
import { App } from "../components/App";
import { WorkbookStep } from "../components/WorkbookStep";
import { fakeExcel, fakeSolver, Providers, smallPortfolio, type FakeExcel, type FakeSolver } from "./fakes";

/** Reads the workbook on mount and shows its children once it has been read. */
export function Loaded({ children }: { children: React.ReactNode }): React.JSX.Element {
  const { refreshWorkbook, loaded } = usePmo();
  React.useEffect(() => {
    void refreshWorkbook();
  }, [refreshWorkbook]);
  return loaded ? <>{children}</> : <p>loading</p>;
}

export interface RenderedView extends RenderResult {
  readonly user: UserEvent;
  readonly excel: FakeExcel;
  readonly solver: FakeSolver;
}

/** Renders `view` in the providers after the workbook (the small portfolio by default) has been read. */
export function renderLoaded(view: React.ReactElement, { excel = fakeExcel(smallPortfolio()), solver = fakeSolver({}) }: { excel?: FakeExcel; solver?: FakeSolver } = {}): RenderedView {
  const user = userEvent.setup();
  const rendered = render(
    <Providers excel={excel} solver={solver}>
      <Loaded>{view}</Loaded>
    </Providers>,
  );
  return { ...rendered, user, excel, solver };
}

export interface AfterWorkbookOptions {
  readonly excel?: FakeExcel;
  readonly solver?: FakeSolver;
  /** Label of the button that opens the view once the Workbook step has read the workbook. */
  readonly open?: string;
  /** The Workbook step's summary to wait for. */
  readonly summary?: string | RegExp;
  /** Render inside the App shell (notices are shown there). */
  readonly inApp?: boolean;
}

/** As a user does: the Workbook step reads the workbook, then a button opens `view` beside it. */
export async function renderAfterWorkbook(
  view: React.ReactElement,
  { excel = fakeExcel(smallPortfolio()), solver = fakeSolver({}), open = "open", summary = "4 projects, 3 drivers, 1 limits, 0 roles.", inApp = false }: AfterWorkbookOptions = {},
): Promise<RenderedView> {
  const user = userEvent.setup();
  function Both(): React.JSX.Element {
    const [ready, setReady] = React.useState(false);
    return (
      <>
        <WorkbookStep />
        <button onClick={() => setReady(true)}>{open}</button>
        {ready ? view : null}
      </>
    );
  }
  const rendered = render(
    <Providers excel={excel} solver={solver}>
      {inApp ? <App steps={[{ id: "x", title: "Test", description: "", icon: (() => null) as never, component: Both }]} /> : <Both />}
    </Providers>,
  );
  await screen.findByText(summary);
  await user.click(screen.getByRole("button", { name: open }));
  return { ...rendered, user, excel, solver };
}

/** Failures talking to the workbook, with messages the task pane shows verbatim. */
import { PmoError } from "../engine/errors";

/** The add-in refuses to overwrite a sheet it did not create. */
export class PmoSheetOwnershipError extends PmoError {
  readonly sheet: string;
  constructor(sheet: string) {
    super(
      `A sheet named '${sheet}' already exists and was not created by PMO Align, so it was left untouched. ` +
        `Rename or delete that sheet, then run again.`,
    );
    this.sheet = sheet;
  }
}

/** The host lacks an API this action needs. */
export class PmoHostError extends PmoError {}

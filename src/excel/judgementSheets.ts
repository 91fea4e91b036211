/**
 * Group prioritisation: writes one add-in-owned judgement sheet per stakeholder (SheetSpec renderer, ownership
 * marker) with data validation on the Value cells. A sheet that already exists is kept as it is, answers and
 * all, so preparing again only adds sheets for new stakeholders. Syncs: 1 look-up + each new sheet's render
 * (2) + 1 for the validations.
 */
import { JUDGEMENT_MAX, JUDGEMENT_MIN, type JudgementSheet } from "../sheets/judgementSheet";
import { PmoHostError } from "./errors";
import { hostCapabilities, type Capabilities } from "./requirements";
import { withCellEditRetry, type RetryOptions } from "./retry";
import { renderSheet } from "./writeSheet";

export interface PreparedSheets {
  /** Sheets written now. */
  readonly created: readonly string[];
  /** Sheets that were already there and were left untouched. */
  readonly kept: readonly string[];
}

export async function prepareJudgementSheets(
  sheets: readonly JudgementSheet[],
  options: RetryOptions & { readonly capabilities?: Capabilities } = {},
): Promise<PreparedSheets> {
  const capabilities = options.capabilities ?? hostCapabilities();
  if (!capabilities.writeSheets.supported) throw new PmoHostError(capabilities.writeSheets.reason);
  return withCellEditRetry(
    () =>
      Excel.run(async (context) => {
        const existing = sheets.map((s) => {
          const sheet = context.workbook.worksheets.getItemOrNullObject(s.spec.name);
          sheet.load("name");
          return sheet;
        });
        await context.sync();
        const created: JudgementSheet[] = [];
        const kept: string[] = [];
        for (const [k, s] of sheets.entries()) {
          if (!existing[k]!.isNullObject) {
            kept.push(s.spec.name);
            continue;
          }
          await renderSheet(context, s.spec, { capabilities });
          created.push(s);
        }
        for (const s of created) {
          const validation = context.workbook.worksheets.getItem(s.spec.name).getRange(s.valueRange).dataValidation;
          validation.rule = { decimal: { formula1: JUDGEMENT_MIN, formula2: JUDGEMENT_MAX, operator: "Between" as Excel.DataValidationOperator } };
          validation.prompt = { showPrompt: true, title: "Saaty scale", message: "1–9 if Driver is more important; =1/3 … =1/9 if Compared with is." };
          validation.errorAlert = {
            showAlert: true,
            style: "Stop" as Excel.DataValidationAlertStyle,
            title: "Not on the 1/9–9 scale",
            message: "Type 1 to 9, or a reciprocal such as =1/3 (0.333) down to =1/9 (0.111).",
          };
        }
        if (created.length > 0) await context.sync();
        return { created: created.map((s) => s.spec.name), kept };
      }),
    options,
  );
}

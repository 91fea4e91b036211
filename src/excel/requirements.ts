/**
 * Feature detection: which actions the host can run, each disabled with a reason when it cannot.
 * Requirement sets per Microsoft's Office.js Excel API reference.
 */

export type IsSetSupported = (name: string, version: string) => boolean;

export interface Capability {
  readonly supported: boolean;
  /** Why the action is disabled (shown beside the disabled button); empty when supported. */
  readonly reason: string;
}

export interface Capabilities {
  /** Read tables (ExcelApi 1.4 for null objects and settings). */
  readonly readWorkbook: Capability;
  /** Write result sheets: conditional formats (1.6), freeze panes (1.7), sheet-scoped names (1.4). */
  readonly writeSheets: Capability;
  /** Insert the sample workbook's sheets (insertWorksheetsFromBase64, ExcelApi 1.13). */
  readonly insertSample: Capability;
  /** Page layout for printing (ExcelApi 1.9); sheets are still written without it. */
  readonly printSetup: Capability;
  /** Suspend recalculation during writes (ExcelApi 1.6). */
  readonly suspendCalculation: Capability;
  /** Scenarios on a very hidden sheet (ExcelApi 1.1) and settings (1.4). */
  readonly scenarios: Capability;
}

function need(isSupported: IsSetSupported, version: string, what: string): Capability {
  const ok = isSupported("ExcelApi", version);
  return {
    supported: ok,
    reason: ok ? "" : `This version of Excel cannot ${what} (it needs Excel API ${version}). Update Excel or use Excel on the web.`,
  };
}

export function detectCapabilities(isSupported: IsSetSupported): Capabilities {
  return {
    readWorkbook: need(isSupported, "1.4", "read the workbook's tables"),
    writeSheets: need(isSupported, "1.7", "write formatted result sheets"),
    insertSample: need(isSupported, "1.13", "insert sheets from another workbook"),
    printSetup: need(isSupported, "1.9", "set up pages for printing"),
    suspendCalculation: need(isSupported, "1.6", "pause recalculation"),
    scenarios: need(isSupported, "1.4", "store scenarios in the workbook"),
  };
}

/** Capabilities of the running host (Office.js must be ready). */
export function hostCapabilities(): Capabilities {
  const requirements = typeof Office !== "undefined" ? Office.context?.requirements : undefined;
  return detectCapabilities((name, version) => Boolean(requirements?.isSetSupported(name, version)));
}

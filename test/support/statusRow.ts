/** A Status table row for tests: earned-value figures with no % complete or forecast end. */
import type { StatusRow } from "../../src/engine/portfolio/types";

export function statusRow(project: string, period: string, bac: number, pv: number, ev: number, ac: number, row = 1): StatusRow {
  return { project, period, bac, pv, ev, ac, percentComplete: null, forecastEnd: null, row };
}

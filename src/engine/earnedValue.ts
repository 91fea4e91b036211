/**
 * Earned value management (PMBOK definitions) for one project: variances, indices, estimates at completion
 * and the to-complete performance index.
 */
import { PmoComputationError, PmoInputError } from "./errors";

export interface EarnedValueInput {
  /** Budget at completion. */
  readonly bac: number;
  /** Planned value to date. */
  readonly pv: number;
  /** Earned value to date. */
  readonly ev: number;
  /** Actual cost to date. */
  readonly ac: number;
}

export interface EarnedValueResult {
  /** Cost variance EV − AC (negative = over budget). */
  readonly cv: number;
  /** Schedule variance EV − PV (negative = behind schedule). */
  readonly sv: number;
  /** Cost performance index EV / AC. */
  readonly cpi: number;
  /** Schedule performance index EV / PV. */
  readonly spi: number;
  /** Estimate at completion BAC / CPI: the current cost efficiency continues. */
  readonly eac: number;
  /** AC + (BAC − EV): the remaining work is done at the budgeted rate. */
  readonly eacAtBudgetRate: number;
  /** AC + (BAC − EV) / (CPI × SPI): cost and schedule performance both weigh on the remaining work. */
  readonly eacCpiSpi: number;
  /** Estimate to complete EAC − AC. */
  readonly etc: number;
  /** Variance at completion BAC − EAC. */
  readonly vac: number;
  /** (BAC − EV) / (BAC − AC): efficiency needed on the remaining work to finish on budget (undefined once AC ≥ BAC). */
  readonly tcpiToBac: number;
  /** (BAC − EV) / (EAC − AC): efficiency needed to finish at the EAC. */
  readonly tcpiToEac: number;
}

const FIELDS: readonly (keyof EarnedValueInput)[] = ["bac", "pv", "ev", "ac"];

/**
 * All earned-value measures of one project. Divisions are arranged so that whole-number inputs give exact
 * results where the true value is representable (EAC = BAC·AC/EV rather than BAC/(EV/AC)).
 *
 * @param label project name for messages.
 * @throws PmoInputError naming the project and field for a negative or non-finite input.
 * @throws PmoComputationError naming the project and quantity for the first measure whose denominator is 0:
 *   AC = 0 (CPI), PV = 0 (SPI), AC = 0 or EV = 0 (EAC and everything built on it), BAC = AC or AC > BAC (TCPI to BAC), EAC = AC
 *   (TCPI to EAC, e.g. a finished project). Use {@link earnedValueMeasures} to keep the measures that exist.
 * @example earnedValue({ bac: 4000, pv: 3000, ev: 2500, ac: 2800 }).eac // 4480
 */
export function earnedValue(input: EarnedValueInput, label?: string): EarnedValueResult {
  const measures = earnedValueMeasures(input, label);
  const result = {} as Record<keyof EarnedValueResult, number>;
  for (const key of Object.keys(measures) as (keyof EarnedValueResult)[]) {
    const value = measures[key];
    if (value instanceof PmoComputationError) throw value;
    result[key] = value;
  }
  return result;
}

/** Each measure, or the PmoComputationError saying why it is undefined (for one cell per measure). */
export type EarnedValueMeasures = { readonly [K in keyof EarnedValueResult]: number | PmoComputationError };

/**
 * Like {@link earnedValue}, but a measure with a zero denominator is returned as its PmoComputationError
 * instead of failing the whole project, so a project not yet started still shows CV and SV.
 * @throws PmoInputError naming the project and field for a negative or non-finite input.
 */
export function earnedValueMeasures(input: EarnedValueInput, label?: string): EarnedValueMeasures {
  for (const field of FIELDS) {
    const value = input[field];
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      throw new PmoInputError({ row: label, column: field.toUpperCase() }, "a number of 0 or more", value);
    }
  }
  const { bac, pv, ev, ac } = input;
  const project = label === undefined ? "the project" : `project ${label}`;
  const fail = (quantity: string, reason: string) => new PmoComputationError(quantity, `undefined for ${project} because ${reason}`);
  // EAC = BAC / CPI needs a CPI that is defined and not 0.
  const cpiProblem =
    ac === 0 ? "actual cost (AC) is 0, so CPI = EV / AC is undefined" : ev === 0 ? "earned value (EV) is 0, so CPI is 0 and EAC = BAC / CPI is undefined" : "";
  const noEac = (quantity: string) => fail(quantity, cpiProblem);

  const remaining = bac - ev;
  const eac = cpiProblem ? undefined : (bac * ac) / ev;
  const etc = eac === undefined ? undefined : eac - ac;
  return {
    cv: ev - ac,
    sv: ev - pv,
    cpi: ac === 0 ? fail("CPI", "actual cost (AC) is 0 and CPI = EV / AC") : ev / ac,
    spi: pv === 0 ? fail("SPI", "planned value (PV) is 0 and SPI = EV / PV") : ev / pv,
    eac: eac ?? noEac("EAC"),
    eacAtBudgetRate: ac + remaining,
    eacCpiSpi:
      cpiProblem ? noEac("EAC (CPI × SPI)") : pv === 0 ? fail("EAC (CPI × SPI)", "planned value (PV) is 0, so SPI is undefined") : ac + (remaining * ac * pv) / (ev * ev),
    etc: etc ?? noEac("ETC"),
    vac: eac === undefined ? noEac("VAC") : bac - eac,
    // Once AC exceeds BAC no efficiency finishes on budget: (BAC − EV) / (BAC − AC) turns negative, which reads as
    // nonsense, so it is undefined like a zero denominator.
    tcpiToBac:
      bac === ac
        ? fail("TCPI to BAC", "the budget (BAC) equals the actual cost (AC) and TCPI = (BAC − EV) / (BAC − AC)")
        : ac > bac
          ? fail("TCPI to BAC", "the actual cost (AC) already exceeds the budget (BAC), so it cannot finish on budget")
          : remaining / (bac - ac),
    tcpiToEac:
      etc === undefined
        ? noEac("TCPI to EAC")
        : etc === 0
          ? fail("TCPI to EAC", "the EAC equals the actual cost (AC) and TCPI = (BAC − EV) / (EAC − AC)")
          : remaining / etc,
  };
}

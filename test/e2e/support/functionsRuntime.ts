/**
 * What the built functions page loads in place of Office's office.js outside Excel: a CustomFunctions runtime
 * that records each associated function in `window.__functions`, and an Office that is ready at once.
 * Used by the custom-functions e2e test and the PMO.SELECT latency benchmark.
 */
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

const CUSTOM_FUNCTIONS = `
  window.__functions = {};
  window.CustomFunctions = {
    associate(id, fn) { window.__functions[id] = fn; },
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!" },
    Error: class { constructor(code, message) { this.code = code; this.message = message; } },
  };
`;
const OFFICE = `
  window.Office = { onReady(cb) { const info = { host: null, platform: null }; if (cb) setTimeout(() => cb(info)); return Promise.resolve(info); }, context: {} };
`;

/** The script served for office.js; `extra` runs between the runtime and Office (e.g. recording worker jobs). */
export function runtimeDouble(extra = ""): string {
  return CUSTOM_FUNCTIONS + extra + OFFICE;
}

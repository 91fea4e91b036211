/**
 * The build appends `CustomFunctions.associate("ID", fn)` to every function file (custom-functions-metadata
 * plugin). Inside Excel, office.js defines `CustomFunctions` before our scripts run. When taskpane.html is
 * opened anywhere else (a plain browser, the e2e host double, an Office host without custom functions) it
 * is missing, and those calls would throw and stop the page's scripts; this no-op stand-in prevents that.
 * Import it first in src/functions/index.ts.
 */
const host = globalThis as { CustomFunctions?: Partial<typeof CustomFunctions> };

if (typeof host.CustomFunctions === "undefined") {
  host.CustomFunctions = { associate: () => undefined };
}

export {};

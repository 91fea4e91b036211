/**
 * The system tools some tests need (installed by scripts/setup-debian.sh). Without one, those tests are
 * reported as skipped; under CI (`CI` set, as .ci/run does) a missing tool fails the run instead.
 * CommonJS so scripts/test.js and jest's globalSetup can require it without a TS loader.
 */
const fs = require("fs");
const path = require("path");

/** First executable called `name` on PATH, or null. */
function onPath(name) {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (!dir) continue;
    const file = path.join(dir, name);
    try {
      fs.accessSync(file, fs.constants.X_OK);
      return file;
    } catch {
      // not here
    }
  }
  return null;
}

const isExecutable = (file) => {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** Where each tool is looked for, and what needs it. */
const TOOLS = {
  cbc: { neededBy: "the CBC cross-checks of selection and allocation", find: () => (isExecutable("/usr/bin/cbc") ? "/usr/bin/cbc" : null) },
  chromium: {
    neededBy: "the end-to-end tests (test/e2e) in headless Chromium",
    find: () => {
      const file = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
      return isExecutable(file) ? file : null;
    },
  },
  soffice: { neededBy: "the LibreOffice round trips of written workbooks", find: () => onPath("soffice") },
};

/** The tool's path, or null when it is not installed. */
function toolPath(name) {
  return TOOLS[name].find();
}

/** "name (needed by …)" for every tool that is missing. */
function missingTools() {
  return Object.entries(TOOLS)
    .filter(([, tool]) => tool.find() === null)
    .map(([name, tool]) => `${name} (needed by ${tool.neededBy})`);
}

/** True under CI, where a missing tool is a failure rather than a skip. */
function toolsRequired() {
  const ci = process.env.CI;
  return ci !== undefined && ci !== "" && ci !== "0" && ci.toLowerCase() !== "false";
}

module.exports = { toolPath, missingTools, toolsRequired };

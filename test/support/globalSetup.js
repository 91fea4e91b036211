/**
 * jest globalSetup: under CI a missing system tool fails the run (elsewhere the tests that need it are
 * reported as skipped).
 */
const { missingTools, toolsRequired } = require("../../scripts/lib/requiredTools");

module.exports = async function requireToolsUnderCi() {
  const missing = missingTools();
  if (missing.length > 0 && toolsRequired()) {
    throw new Error(`CI is set but required tools are missing: ${missing.join("; ")}. Run scripts/setup-debian.sh.`);
  }
};

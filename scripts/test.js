#!/usr/bin/env node
/**
 * `npm test`: the whole suite. Static checks (type check of the app and of the DOM-free engine, CLI and
 * add-in builds, offline manifest validation, lint) count as one test each; then every jest project
 * (unit, dom, e2e in headless Chromium). Ends with one plain line `tests: N passed, M failed`, then
 * `skipped: N` (tests that could not run their check, e.g. without cbc, chromium or soffice). Under CI
 * (`CI` set, as .ci/run does) a missing tool is a failure instead of a skip.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const { missingTools, toolsRequired } = require("./lib/requiredTools");

const root = path.resolve(__dirname, "..");
const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const extraJestArgs = process.argv.slice(2);

const checks = [
  ["type check (app)", [npx, "tsc", "--noEmit", "-p", "tsconfig.json"]],
  ["type check (engine without DOM/Office/Node)", [npx, "tsc", "-p", "tsconfig.engine.json"]],
  ["build CLI", [npx, "tsc", "-p", "tsconfig.cli.json"]],
  ["build add-in", [npx, "webpack", "--mode", "production"]],
  ["validate manifest", [npx, "tsx", "scripts/validateManifest.ts", "manifest.xml"]],
  ["lint", [npx, "eslint", "."]],
];

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];

const missing = missingTools();
if (missing.length > 0) {
  process.stdout.write(`\n== required tools: missing ${missing.join("; ")}\n`);
  if (toolsRequired()) {
    failed++;
    failures.push(`required tools missing under CI: ${missing.map((m) => m.split(" ")[0]).join(", ")} (run scripts/setup-debian.sh)`);
  } else process.stdout.write("The tests that need them are reported as skipped (scripts/setup-debian.sh installs them).\n");
}
for (const [name, [cmd, ...args]] of checks) {
  process.stdout.write(`\n== ${name}: ${[cmd, ...args].join(" ")}\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit" });
  if (r.status === 0) passed++;
  else {
    failed++;
    failures.push(name);
  }
}

const resultsDir = path.join(root, "test-results");
fs.mkdirSync(resultsDir, { recursive: true });
const jsonFile = path.join(resultsDir, "jest.json");
fs.rmSync(jsonFile, { force: true });
process.stdout.write(`\n== jest (unit, dom, e2e)\n`);
const jest = spawnSync(npx, ["jest", "--ci", "--json", `--outputFile=${jsonFile}`, ...extraJestArgs], { cwd: root, stdio: "inherit" });
if (fs.existsSync(jsonFile)) {
  const report = JSON.parse(fs.readFileSync(jsonFile, "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  // A suite that fails to load has no failed tests of its own: count it so it cannot pass silently.
  const brokenSuites = report.testResults.filter((s) => s.status === "failed" && s.assertionResults.every((a) => a.status !== "failed"));
  failed += brokenSuites.length;
  for (const s of brokenSuites) failures.push(`suite failed to run: ${path.relative(root, s.name)}`);
} else {
  failed++;
  failures.push(`jest produced no report (exit ${jest.status})`);
}

if (failures.length) process.stdout.write(`\nFailed: ${failures.join("; ")}\n`);
process.stdout.write(`\ntests: ${passed} passed, ${failed} failed\nskipped: ${skipped}\n`);
process.exitCode = failed === 0 && jest.status === 0 ? 0 : 1;

/**
 * jest globalSetup of the e2e project: the end-to-end tests never run against a stale build. When any input
 * of the add-in build (src/ other than tests, assets/, the webpack config, the manifest, package files) is
 * newer than dist/, or dist/ is missing, it runs the production build first (about a minute) and fails
 * clearly if that build fails. webpack rewrites every output (compareBeforeEmit: false), so dist's times
 * say when it was built.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { toolPath } = require("../../../scripts/lib/requiredTools");

const root = path.resolve(__dirname, "..", "..", "..");
// PMO_DIST: a private build elsewhere (see harness.ts), checked but never rebuilt here.
const dist = process.env.PMO_DIST ? path.resolve(process.env.PMO_DIST) : path.join(root, "dist");
const OUTPUTS = ["taskpane.html", "taskpane.js", "functions.js", "functions.json"].map((f) => path.join(dist, f));
const INPUTS = ["src", "assets", "webpack.config.js", "manifest.xml", "tsconfig.json", "package.json", "package-lock.json", "scripts/lib/productionManifest.js"];

/** Newest modification time (ms) under `file`, skipping test files; 0 when absent. */
function newestInput(file) {
  let stat;
  try {
    stat = fs.statSync(file);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return /\.test\.tsx?$/.test(file) ? 0 : stat.mtimeMs;
  let newest = 0;
  for (const name of fs.readdirSync(file)) newest = Math.max(newest, newestInput(path.join(file, name)));
  return newest;
}

/** Why dist/ must be rebuilt, or null when it is current. */
function staleReason() {
  const built = OUTPUTS.map((f) => (fs.existsSync(f) ? fs.statSync(f).mtimeMs : null));
  if (built.some((t) => t === null)) return `${path.relative(root, dist) || dist} has no complete build`;
  const oldestOutput = Math.min(...built);
  const changed = INPUTS.filter((input) => newestInput(path.join(root, input)) > oldestOutput);
  return changed.length ? `changed since the last build: ${changed.join(", ")}` : null;
}

module.exports = async function ensureFreshBuild() {
  if (toolPath("chromium") === null) return; // the e2e tests skip themselves (and CI fails in the root globalSetup)
  const reason = staleReason();
  if (reason === null) return;
  if (process.env.PMO_DIST) throw new Error(`e2e: PMO_DIST=${process.env.PMO_DIST} is stale (${reason}); rebuild it first.`);
  process.stderr.write(`\ne2e: building the add-in first (${reason}): npx webpack --mode production\n`);
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  const r = spawnSync(npx, ["webpack", "--mode", "production"], { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
  if (r.status !== 0) throw new Error(`e2e: the add-in build failed (exit ${r.status}); fix it before running test/e2e.`);
  const still = staleReason();
  if (still !== null) throw new Error(`e2e: dist/ is still stale after building (${still}).`);
};

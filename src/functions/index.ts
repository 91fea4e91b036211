/**
 * The custom functions entry of the shared runtime (webpack entry `functions`, loaded by taskpane.html).
 * Importing each area registers its functions: the build appends CustomFunctions.associate calls to every
 * file that holds @customfunction JSDoc. Keep customFunctionsHost first.
 */
import "./customFunctionsHost";
import { configureHighs } from "../engine/milp";
import { prewarmSolver } from "./solveOffThread";
import "./alignment";
import "./weights";
import "./groupWeights";
import "./ranking";
import "./earnedValue";
import "./selection";
import "./resources";
import "./monitoring";

// highs.wasm sits beside taskpane.html in dist/; resolve it against the page, not the bundle's source path.
if (typeof location !== "undefined") {
  configureHighs({ locateFile: (file) => new URL(file, location.href).href });
}
// A worker with HiGHS loaded waits for the first =PMO.SELECT instead of starting with it.
prewarmSolver();

/** `pmo-align robustness`: rank-flip sensitivity per driver weight and Monte Carlo top-k probabilities. */
import { coreIndex, type CoreIndexResult } from "../../engine/robustness";
import { DEFAULT_CONCENTRATION, DEFAULT_DRAWS, DEFAULT_SEED } from "../../engine/robustness";
import { rankPortfolio, selectionPlan } from "../../workflow";
import { CliUsageError, numberFlag, onePositional, stringFlag } from "../framework/args";
import { MAX_CORE_DRAWS, MAX_DRAWS } from "../framework/limits";
import { drawProgress, endProgress } from "../framework/progress";
import type { CliCommand, CliIO, ParsedArgs } from "../framework/command";
import { EXIT_OK } from "../framework/exitCodes";
import { isWorkbookPath, resolvePath } from "../io/inputs";
import { formatTable } from "../framework/output";
import { loadPortfolio, printWarnings } from "../io/portfolioInput";
import { analyseRobustness, defaultTopK, robustnessSheetOf, smallestFlipLine } from "../analysis/robustnessAnalysis";
import { writeWorkbook } from "../io/workbookFiles";
import { defaultOutPath, num, reportWritten } from "./common";

export const robustnessCommand: CliCommand = {
  name: "robustness",
  summary: "How robust is the ranking: weight changes that flip the top k, Monte Carlo top-k probabilities",
  valueFlags: ["k", "draws", "seed", "concentration", "core", "pair", "out"],
  booleanFlags: ["json", "impact-steps"],
  help: [
    "Usage: pmo-align robustness <workbook.xlsx> [--k n] [--draws n] [--seed n] [--concentration c] [--no-impact-steps]",
    "                            [--core n] [--pair A,B] [--json] [--out result.xlsx]",
    "",
    "Sensitivity: for each driver weight, the smallest change in percentage points (up and down, the other",
    "weights rescaled proportionally) that changes the top-k set, or the order of two projects with --pair;",
    "exact crossing points. Monte Carlo: weights drawn from a Dirichlet around the current weights and each",
    "rating moved one scale step down/up with probability 1/4 each; per project the probability of ranking",
    "in the top k with its standard error. Writes PMO Robustness into a copy of the workbook.",
    "",
    "Options:",
    "  --k n              size of the top set (default: Settings 'Top k', 10)",
    `  --draws n          Monte Carlo draws (default ${DEFAULT_DRAWS.toLocaleString("en-US")}, at most ${MAX_DRAWS.toLocaleString("en-US")})`,
    `  --seed n           random seed, same seed = same answer (default ${DEFAULT_SEED})`,
    `  --concentration c  Dirichlet concentration; larger = weights vary less (default ${DEFAULT_CONCENTRATION}); 'fixed' keeps them`,
    "  --no-impact-steps  keep the ratings as typed",
    `  --core n           also re-optimise the selection n times (at most ${MAX_CORE_DRAWS.toLocaleString("en-US")}): probability of being in the optimal portfolio`,
    "  --pair A,B         watch the order of projects A and B instead of the top-k set",
    "  --out file         result workbook (default out/<name>-robustness.xlsx)",
    "  --json             print {sensitivity, topK, coreIndex}",
    "",
    "Example:",
    "  pmo-align robustness assets/sample-portfolio.xlsx --k 10 --draws 10000 --seed 7",
  ].join("\n"),
  async run(args: ParsedArgs, io: CliIO): Promise<number> {
    const input = resolvePath(io.cwd, onePositional(args, "robustness", "a workbook (.xlsx)"));
    if (!isWorkbookPath(input)) throw new CliUsageError("'robustness' reads a template workbook (.xlsx)", "robustness");
    // Refuse absurd amounts of work before reading anything.
    const draws = numberFlag(args, "draws", "robustness", { min: 1, max: MAX_DRAWS, integer: true }) ?? DEFAULT_DRAWS;
    const coreDraws = numberFlag(args, "core", "robustness", { min: 0, max: MAX_CORE_DRAWS, integer: true }) ?? 0;
    const { portfolio, problems, blocked } = await loadPortfolio(input, { features: ["scoring"] });
    printWarnings(problems, io.err);
    const n = portfolio.projects.length;
    const k = numberFlag(args, "k", "robustness", { min: 1, integer: true }) ?? defaultTopK(portfolio);
    if (k > n) throw new CliUsageError(`option '--k' is ${k} but the workbook has ${n} projects`, "robustness");
    const seed = numberFlag(args, "seed", "robustness", { integer: true }) ?? DEFAULT_SEED;
    const concentrationText = stringFlag(args, "concentration");
    const concentration = concentrationText === "fixed" ? Infinity : numberFlag(args, "concentration", "robustness", { min: 0.001 }) ?? DEFAULT_CONCENTRATION;
    const impactSteps = args.flags["impact-steps"] !== false;
    const ids = portfolio.projects.map((p) => p.id);
    const pairText = stringFlag(args, "pair");
    let pair: [number, number] | undefined;
    if (pairText !== undefined) {
      const parts = pairText.split(",").map((s) => s.trim());
      const found = parts.map((id) => ids.findIndex((x) => x.toLowerCase() === id.toLowerCase()));
      if (parts.length !== 2 || found.some((i) => i < 0)) throw new CliUsageError(`option '--pair' expects two project ids like P1,P7; got '${pairText}'`, "robustness");
      pair = [found[0]!, found[1]!];
    }

    const ranking = rankPortfolio(portfolio);
    const scores = ranking.detail;
    const onDraw = drawProgress(io, "Monte Carlo");
    const analysis = analyseRobustness(portfolio, scores, { k, draws, seed, concentration, impactSteps, ...(pair ? { pair } : {}), ...(onDraw ? { onDraw } : {}) });
    endProgress(io);
    const { sensitivity, topK, levels, settings } = analysis;
    const mcSeconds = analysis.monteCarloSeconds;
    let core: CoreIndexResult | null = null;
    if (coreDraws > 0 && (portfolio.limits.length === 0 || portfolio.settings.valueBasis === "benefit")) {
      io.err("note: --core needs cost limits and a value basis built on the score (score or scoreTimesBenefit); skipped");
    } else if (coreDraws > 0 && blocked.has("selection")) {
      io.err("note: --core solves the selection, which the workbook's errors stop (see the warnings above); skipped");
    } else if (coreDraws > 0) {
      const { problem } = selectionPlan(portfolio, undefined, null, ranking);
      core = await coreIndex(problem, portfolio.projects.map((p) => p.impacts), scores.weights, portfolio.impactScale.max, {
        draws: coreDraws,
        seed,
        concentration,
        impactSteps,
        levels,
        valueBasis: portfolio.settings.valueBasis === "scoreTimesBenefit" ? "scoreTimesBenefit" : "score",
        // The workflow values score × benefit as score / 100 × benefit.
        benefits: portfolio.projects.map((p) => p.benefit / 100),
        ...(io.progress ? { onDraw: drawProgress(io, "Core index (one solve per draw)") } : {}),
      });
      endProgress(io);
    }

    if (args.flags.json) {
      io.out(JSON.stringify({ k, settings: { draws, seed, concentration: Number.isFinite(concentration) ? concentration : null, impactSteps, levels }, sensitivity, topK: { ...topK, projects: ids, seconds: mcSeconds }, coreIndex: core }, null, 2));
    } else {
      io.out(smallestFlipLine(sensitivity));
      const pp = (x: number | null) => (x === null ? "none" : num(x, 1));
      for (const line of formatTable(["Driver", "Weight", "Down (pp)", "Up (pp)", "Swap when lowered", "Swap when raised"], sensitivity.drivers.map((d) => [d.driver, `${(d.weight * 100).toFixed(1)}%`, pp(d.down), pp(d.up), d.downSwap ? `${d.downSwap.rises} > ${d.downSwap.falls}` : "", d.upSwap ? `${d.upSwap.rises} > ${d.upSwap.falls}` : ""]), { color: io.color })) io.out(line);
      io.out("");
      io.out(`Monte Carlo (${settings}) in ${mcSeconds.toFixed(2)} s: probability of the top ${k}`);
      const order = scores.ranking.slice(0, Math.min(n, 2 * k));
      const at = new Map(ids.map((id, i) => [id, i]));
      for (const line of formatTable(["Rank", "Project", "Score", `P(top ${k})`, "± s.e.", ...(core ? ["Core index"] : [])], order.map((r) => {
        const i = at.get(r.id)!;
        return [String(r.rank), r.id, num(scores.scores[i]!, 1), topK.probability[i]!.toFixed(3), topK.standardError[i]!.toFixed(3), ...(core ? [core.probability[i]!.toFixed(2)] : [])];
      }), { color: io.color })) io.out(line);
    }
    const out = stringFlag(args, "out");
    const sheet = robustnessSheetOf(portfolio, scores, analysis, core);
    const report = await writeWorkbook(input, out ? resolvePath(io.cwd, out) : defaultOutPath(io.cwd, input, "robustness"), [sheet]);
    if (!args.flags.json) reportWritten(io, report);
    return EXIT_OK;
  },
};

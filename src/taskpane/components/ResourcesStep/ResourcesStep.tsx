/**
 * Step 5: staff the chosen projects (the last selection, else every project) against role capacity, moving
 * starts where Settings allow; writes PMO Resources (load heatmap, deficits, shift plan, hiring needs) and a
 * load-versus-capacity chart per role. Runs in the solver worker with progress and Cancel.
 */
import * as React from "react";
import { Button, Text } from "@fluentui/react-components";
import { PeopleTeamRegular } from "@fluentui/react-icons";
import { PmoCancelledError } from "../../../engine/errors";
import { hiringNeeds } from "../../../engine/resources";
import type { AllocationProblem, AllocationResult } from "../../../engine/resources";
import { unstaffedReasons } from "../../../engine/resources";
import { rolePeaks } from "../../../engine/resources";
import type { SolveProgress } from "../../../engine/selection";
import { resourcesSheet, RESOURCES_SHEET } from "../../../sheets/resourcesSheet";
import { usePmo } from "../../state/PmoContext";
import { BlockedHint } from "../BlockedHint";
import { useUnavailable } from "../../state/useCapability";
import { errorMessage } from "../../state/PmoProvider";
import { paneAllocation, paneRanking } from "../../engineBridge";
import { formatFixed, formatNumber } from "../../format";
import { SolveProgressBar } from "../SolveProgressBar";
import { ResultTable } from "../ResultTable";
import { useResourcesStepStyles } from "./useResourcesStepStyles.styles";

export function ResourcesStep(): React.JSX.Element {
  const styles = useResourcesStepStyles();
  const { portfolio, blocked, driverWeights, results, setResults, writeSheet, solver, notify, busy } = usePmo();
  const unavailable = useUnavailable("writeSheets");
  const [progress, setProgress] = React.useState<SolveProgress | null>(null);
  const [running, setRunning] = React.useState(false);

  if (!portfolio) return <Text>Read a workbook with Projects and Drivers first (step 1).</Text>;
  const noCapacity = portfolio.capacity.length === 0;
  const selected = results.selection && results.selection.status !== "infeasible" ? results.selection.selected : null;

  const plan = async () => {
    setRunning(true);
    setProgress(null);
    notify(null);
    try {
      const ranking = results.ranking ?? paneRanking(portfolio, driverWeights, results.weighting);
      const { problem, names, warnings } = paneAllocation(portfolio, ranking, results.optimiseInputs, selected);
      const result = await solver.run("allocate", problem, setProgress);
      const needs = hiringNeeds(problem, result.schedule);
      setResults({ allocationProblem: problem, allocation: result });
      const outcome = await writeSheet(
        resourcesSheet({
          problem,
          result,
          names,
          hiring: { needs, description: "the staffed plan" },
        }),
      );
      if (outcome) {
        notify({
          intent: result.unstaffed.length || warnings.length ? "warning" : "success",
          title: `${RESOURCES_SHEET} written`,
          message: [...warnings, result.unstaffed.length ? unstaffedMessage(problem, result) : `All ${formatNumber(result.schedule.length)} projects are staffed.`].join(" "),
        });
      }
    } catch (error) {
      if (error instanceof PmoCancelledError) notify({ intent: "info", title: "Resource planning cancelled", message: "Nothing was written to the workbook." });
      else notify({ intent: "error", title: "Resource planning did not finish", message: errorMessage(error) });
    } finally {
      setRunning(false);
      setProgress(null);
    }
  };

  return (
    <>
      <Text>
        {selected
          ? `Plans the ${formatNumber(selected.length)} projects of the last optimisation.`
          : "No optimisation yet: plans every project in the workbook."}
      </Text>
      <div className={styles.actions}>
        <Button appearance="primary" icon={<PeopleTeamRegular />} disabled={Boolean(unavailable) || busy || running || blocked.has("allocation") || noCapacity} onClick={() => void plan()}>
          Plan resources
        </Button>
        {noCapacity ? <Text className={styles.hint}>Add a Capacity table (roles × months) and a Demand table to plan resources.</Text> : null}
        <BlockedHint feature="allocation" className={styles.hint} />
        {unavailable ? <Text className={styles.hint}>{unavailable}</Text> : null}
      </div>
      {running ? <SolveProgressBar label="Planning resources" progress={progress} onCancel={() => solver.cancel()} /> : null}
      {results.allocation && results.allocationProblem && !running ? <RolePeaks result={results.allocation} problem={results.allocationProblem} /> : null}
    </>
  );
}

/** The engine's sentence for each unstaffed project, the same as in PMO Resources (the first three here). */
function unstaffedMessage(problem: AllocationProblem, result: AllocationResult): string {
  const reasons = unstaffedReasons(problem, result);
  const n = reasons.length;
  const shown = reasons.slice(0, 3).map((r) => r.sentence);
  const more = n > 3 ? ` ${RESOURCES_SHEET} explains the other ${formatNumber(n - 3)}.` : "";
  return `${formatNumber(n)} ${n === 1 ? "project is" : "projects are"} not staffed. ${shown.join(" ")}${more}`;
}

/** Peak load as the engine defines it (the Dashboard and PMO Resources show the same figures). */
function RolePeaks({ result, problem }: { readonly result: AllocationResult; readonly problem: AllocationProblem }): React.JSX.Element {
  const rows = rolePeaks(problem, result.load).map((p) => ({ ...p, short: Math.max(0, ...(result.deficit[p.role] ?? [])) }));
  return (
    <ResultTable
      caption={`Peak monthly load per role (${formatNumber(result.schedule.length)} staffed, ${formatNumber(result.unstaffed.length)} not staffed)`}
      rows={rows}
      rowKey={(r) => r.role}
      columns={[
        { header: "Role", cell: (r) => r.role },
        { header: "Peak load", cell: (r) => formatFixed(r.load, 1), numeric: true },
        { header: "Month", cell: (r) => r.monthLabel },
        { header: "Capacity then", cell: (r) => formatFixed(r.capacity, 1), numeric: true },
        { header: "Short", cell: (r) => formatFixed(r.short, 1), numeric: true },
      ]}
    />
  );
}

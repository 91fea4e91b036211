/** Step 3: score and rank every project with the current weights; writes PMO Ranking and its chart. */
import * as React from "react";
import { Button, Text } from "@fluentui/react-components";
import { DataBarHorizontalRegular } from "@fluentui/react-icons";
import { rankingSheet, RANKING_SHEET } from "../../../sheets/rankingSheet";
import { usePmo } from "../../state/PmoContext";
import { BlockedHint } from "../BlockedHint";
import { useUnavailable } from "../../state/useCapability";
import { paneRanking, type Ranking } from "../../engineBridge";
import { formatAmount, formatFixed, formatNumber } from "../../format";
import { ResultTable } from "../ResultTable";
import { RobustnessLink } from "../RobustnessLink";
import { usePrioritiseStepStyles } from "./usePrioritiseStepStyles.styles";

const SHOWN = 10;

export function PrioritiseStep(): React.JSX.Element {
  const styles = usePrioritiseStepStyles();
  const { portfolio, blocked, driverWeights, results, setResults, writeSheet, run, notify, busy } = usePmo();
  const unavailable = useUnavailable("writeSheets");
  const ranking = results.ranking;

  if (!portfolio) return <Text>Read a workbook with Projects and Drivers first (step 1).</Text>;

  const score = async () => {
    const computed = await run("Scoring the projects", async () => {
      return paneRanking(portfolio, driverWeights, results.weighting);
    });
    if (!computed) return;
    const outcome = await writeSheet(rankingSheet(computed.sheet));
    setResults({ ranking: computed });
    if (outcome) {
      notify({
        intent: "success",
        title: `${RANKING_SHEET} written`,
        message: `${formatNumber(computed.sheet.rows.length)} projects ranked; the chart shows how each driver contributes to the top projects.`,
      });
    }
  };

  return (
    <>
      <div className={styles.actions}>
        <Button appearance="primary" icon={<DataBarHorizontalRegular />} disabled={Boolean(unavailable) || busy || blocked.has("scoring")} onClick={() => void score()}>
          Score and rank
        </Button>
        <BlockedHint feature="scoring" className={styles.hint} />
        {unavailable ? <Text className={styles.hint}>{unavailable}</Text> : null}
      </div>
      {ranking ? <TopProjects ranking={ranking} /> : null}
      {ranking ? (
        <div className={styles.actions}>
          <RobustnessLink focus="ranking" />
        </div>
      ) : null}
    </>
  );
}

function TopProjects({ ranking }: { readonly ranking: Ranking }): React.JSX.Element {
  const rows = ranking.sheet.rows.slice(0, SHOWN);
  return (
    <ResultTable
      caption={`Top ${formatNumber(rows.length)} of ${formatNumber(ranking.sheet.rows.length)} by alignment score (full list on ${RANKING_SHEET})`}
      rows={rows}
      rowKey={(r) => r.project}
      columns={[
        { header: "Rank", cell: (r) => formatNumber(r.rank), numeric: true },
        { header: "Project", cell: (r) => r.name },
        { header: "Score", cell: (r) => formatFixed(r.score, 1), numeric: true },
        { header: "Cost", cell: (r) => (r.cost === null ? "" : formatAmount(r.cost)), numeric: true },
      ]}
    />
  );
}

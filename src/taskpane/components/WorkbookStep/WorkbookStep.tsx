/**
 * Step 1: find the template tables, offer the sample or an empty template when they are missing, map the
 * columns of a table the user points at, and list every problem with a link that selects its cell.
 */
import * as React from "react";
import { Badge, Button, Link, Text, Subtitle2, Tooltip } from "@fluentui/react-components";
import { ArrowSyncRegular, DocumentAddRegular, ErrorCircleRegular, TableAddRegular, WarningRegular } from "@fluentui/react-icons";
import { TEMPLATE_TABLES, normaliseHeader } from "../../../engine/portfolio";
import { usePmo } from "../../state/PmoContext";
import { emptyTemplate, sampleWorkbookBase64 } from "../../templateTables";
import { formatNumber } from "../../format";
import { ColumnMapper } from "../ColumnMapper";
import { useWorkbookStepStyles } from "./useWorkbookStepStyles.styles";

export function WorkbookStep(): React.JSX.Element {
  const styles = useWorkbookStepStyles();
  const pmo = usePmo();
  const { excel, tables, problems, portfolio, loaded, readCount, busy, refreshWorkbook, run, notify } = pmo;

  React.useEffect(() => {
    if (!loaded) void refreshWorkbook();
  }, [loaded, refreshWorkbook]);

  const found = new Set(tables.map((t) => normaliseHeader(t.name)));
  const hasCore = found.has("projects") && found.has("drivers");
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.length - errors;
  const caps = excel.capabilities;

  const insertSample = async () => {
    const done = await run("Inserting the sample portfolio", async () => {
      await excel.insertSample(await sampleWorkbookBase64());
      return true;
    });
    if (done) {
      notify({ intent: "success", title: "Sample portfolio inserted", message: "The sample's sheets were added to this workbook." });
      await refreshWorkbook();
    }
  };
  const createTemplate = async () => {
    const done = await run("Creating the template", async () => {
      await excel.createTemplate(emptyTemplate());
      return true;
    });
    if (done) {
      notify({ intent: "success", title: "Empty template created", message: "Fill in Drivers and Projects, then read the workbook again." });
      await refreshWorkbook();
    }
  };

  return (
    <>
      <section className={styles.section} aria-labelledby="wb-tables">
        <Subtitle2 as="h3" id="wb-tables">
          Tables
        </Subtitle2>
        <ul className={styles.tableList} aria-label="Template tables">
          {TEMPLATE_TABLES.map((t) => {
            const present = found.has(normaliseHeader(t.name));
            return (
              <li key={t.name}>
                <Badge
                  appearance={present ? "filled" : "outline"}
                  color={present ? "success" : t.required ? "danger" : "informative"}
                  aria-label={`${t.name}: ${present ? "found" : t.required ? "missing (required)" : "not found (optional)"}`}
                >
                  {t.name}
                </Badge>
              </li>
            );
          })}
        </ul>
        {portfolio ? (
          <Text data-testid="workbook-summary">
            {formatNumber(portfolio.projects.length)} projects, {formatNumber(portfolio.drivers.length)} drivers,{" "}
            {formatNumber(portfolio.limits.length)} limits, {formatNumber(portfolio.capacity.length)} roles.
          </Text>
        ) : null}
        <div className={styles.actions}>
          <Button icon={<ArrowSyncRegular />} onClick={() => void refreshWorkbook()} disabled={busy}>
            Read workbook again
          </Button>
        </div>
      </section>

      {loaded && !hasCore ? (
        <section className={styles.section} aria-labelledby="wb-start">
          <Subtitle2 as="h3" id="wb-start">
            Start a portfolio
          </Subtitle2>
          <Text>This workbook has no Projects and Drivers tables yet.</Text>
          <div className={styles.actions}>
            <Tooltip content={caps.insertSample.supported ? "Adds the sample's sheets to this workbook" : caps.insertSample.reason} relationship="description">
              <Button appearance="primary" icon={<DocumentAddRegular />} disabled={busy || !caps.insertSample.supported} onClick={() => void insertSample()}>
                Insert sample portfolio
              </Button>
            </Tooltip>
            <Button icon={<TableAddRegular />} disabled={busy} onClick={() => void createTemplate()}>
              Create empty template
            </Button>
          </div>
          {!caps.insertSample.supported ? <Text className={styles.reason}>{caps.insertSample.reason}</Text> : null}
        </section>
      ) : null}

      <ColumnMapper />

      <section className={styles.section} aria-labelledby="wb-problems">
        <Subtitle2 as="h3" id="wb-problems">
          Problems
        </Subtitle2>
        <Text aria-live="polite" data-testid="problem-count" data-read-count={readCount}>
          {!loaded
            ? "Reading the workbook…"
            : problems.length === 0
              ? "No problems found."
              : `${formatNumber(errors)} ${errors === 1 ? "error" : "errors"}, ${formatNumber(warnings)} ${warnings === 1 ? "warning" : "warnings"}.`}
        </Text>
        {problems.length > 0 ? (
          <ul className={styles.problems} aria-label="Problems found in the workbook">
            {problems.map((p, i) => (
              <li key={i} className={styles.problem} data-testid="problem">
                {p.severity === "error" ? (
                  <ErrorCircleRegular className={styles.error} aria-label="Error" />
                ) : (
                  <WarningRegular className={styles.warning} aria-label="Warning" />
                )}
                <div>
                  <Text>{sentence(p.message)}</Text>{" "}
                  {p.cell ? (
                    <Link as="button" onClick={() => void run("Selecting the cell", () => excel.selectCell(p.cell!))}>
                      Go to {p.cell}
                    </Link>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </>
  );
}

/** Engine messages start lower-case ("table Projects, row 3: …"); show them as sentences. */
function sentence(message: string): string {
  const s = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(s) ? s : `${s}.`;
}

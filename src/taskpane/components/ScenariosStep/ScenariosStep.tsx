/**
 * Step 6: save the current inputs and results under a name (stored in the workbook, so they travel with
 * it) and compare two or more side by side in PMO Scenarios.
 */
import * as React from "react";
import { Button, Checkbox, Field, Input, Subtitle2, Text } from "@fluentui/react-components";
import { BranchCompareRegular, SaveRegular } from "@fluentui/react-icons";
import type { ScenarioRecord } from "../../../excel/settings";
import { scenariosSheet, SCENARIOS_SHEET } from "../../../sheets/scenariosSheet";
import { usePmo } from "../../state/PmoContext";
import { useUnavailable } from "../../state/useCapability";
import { projectNames } from "../../engineBridge";
import { scenarioInputs, scenarioRecord } from "../../scenarios";
import { formatAmount, formatNumber } from "../../format";
import { ArrowUndoRegular } from "@fluentui/react-icons";
import { useScenariosStepStyles } from "./useScenariosStepStyles.styles";

export function ScenariosStep(): React.JSX.Element {
  const styles = useScenariosStepStyles();
  const { excel, portfolio, results, driverWeights, run, writeSheet, notify, busy, setResults, setDriverWeights } = usePmo();
  const cannotWrite = useUnavailable("writeSheets");
  const cannotStore = useUnavailable("scenarios");
  const unavailable = cannotWrite ?? cannotStore;
  const [saved, setSaved] = React.useState<ScenarioRecord[] | null>(null);
  const [name, setName] = React.useState("");
  const [chosen, setChosen] = React.useState<string[]>([]);

  const load = React.useCallback(async () => {
    const list = await run("Reading saved scenarios", () => excel.listScenarios());
    if (list) setSaved(list);
  }, [excel, run]);
  React.useEffect(() => {
    void load();
  }, [load]);

  const trimmed = name.trim();
  const save = async () => {
    const record = scenarioRecord(trimmed, results, driverWeights);
    const ok = await run("Saving the scenario", async () => {
      await excel.saveScenario(record);
      return true;
    });
    if (ok) {
      notify({ intent: "success", title: `Scenario '${record.name}' saved`, message: "It is stored in this workbook." });
      setName("");
      await load();
      setChosen((c) => (c.includes(record.name) ? c : [...c, record.name]));
    }
  };

  /** Put a saved scenario's weights and optimisation inputs back, ready to run again. */
  const restoreInputs = (record: ScenarioRecord) => {
    const { weights, optimise } = scenarioInputs(record);
    const labels = portfolio?.drivers.map((d) => d.name) ?? [];
    if (weights && labels.length) {
      setDriverWeights(weights);
      setResults({ driversDraft: { mode: "direct", direct: labels.map((l) => formatNumber((weights[l] ?? 0) * 100, 1)), upper: {}, edited: true } });
    }
    if (optimise) setResults({ optimiseInputs: optimise });
    notify({
      intent: "info",
      title: `Inputs of '${record.name}' restored`,
      message: weights || optimise ? "Its weights and limits are now on the Drivers and Optimise steps; run them again to update the sheets." : "This scenario has no stored inputs.",
    });
  };

  const compare = async () => {
    const picked = (saved ?? []).filter((s) => chosen.includes(s.name));
    const spec = scenariosSheet(
      picked.map((s) => ({ name: s.name, savedAt: s.savedAt, ...s.summary })),
      portfolio ? projectNames(portfolio) : {},
    );
    const outcome = await writeSheet(spec);
    if (outcome) notify({ intent: "success", title: `${SCENARIOS_SHEET} written`, message: `${formatNumber(picked.length)} scenarios side by side.` });
  };

  return (
    <>
      <section className={styles.section} aria-labelledby="sc-save">
        <Subtitle2 as="h3" id="sc-save">
          Save the current scenario
        </Subtitle2>
        <Text className={styles.hint}>
          {results.selection
            ? `Current: ${formatNumber(results.selection.selected.length)} projects, value ${formatNumber(results.selection.objective, 1)}.`
            : "Nothing optimised yet: the scenario keeps the weights and inputs only."}
        </Text>
        <div className={styles.save}>
          <Field label="Scenario name" className={styles.grow}>
            <Input value={name} onChange={(_, d) => setName(d.value)} maxLength={40} />
          </Field>
          <Button icon={<SaveRegular />} disabled={Boolean(unavailable) || busy || trimmed === ""} onClick={() => void save()}>
            Save
          </Button>
        </div>
      </section>

      <section className={styles.section} aria-labelledby="sc-compare">
        <Subtitle2 as="h3" id="sc-compare">
          Compare scenarios
        </Subtitle2>
        {saved === null ? <Text>Reading…</Text> : saved.length === 0 ? <Text>No scenarios saved in this workbook yet.</Text> : null}
        {(saved ?? []).map((s) => (
          <div key={s.name} className={styles.scenario}>
            <Checkbox
              checked={chosen.includes(s.name)}
              onChange={(_, d) => setChosen((c) => (d.checked ? [...c, s.name] : c.filter((x) => x !== s.name)))}
              label={`${s.name}: ${formatNumber(s.summary.selected.length)} projects, value ${formatNumber(s.summary.value, 1)}${
                Object.keys(s.summary.costs).length ? `, ${Object.entries(s.summary.costs).map(([k, v]) => `${k} ${formatAmount(v)}`).join(", ")}` : ""
              }`}
            />
            <Button size="small" appearance="subtle" icon={<ArrowUndoRegular />} aria-label={`Use the inputs of ${s.name}`} onClick={() => restoreInputs(s)}>
              Use inputs
            </Button>
          </div>
        ))}
        <div>
          <Button appearance="primary" icon={<BranchCompareRegular />} disabled={Boolean(unavailable) || busy || chosen.length < 2} onClick={() => void compare()}>
            Compare in {SCENARIOS_SHEET}
          </Button>
        </div>
        {chosen.length < 2 ? <Text className={styles.hint}>Tick two or more scenarios to compare.</Text> : null}
        {unavailable ? <Text className={styles.hint}>{unavailable}</Text> : null}
      </section>
    </>
  );
}

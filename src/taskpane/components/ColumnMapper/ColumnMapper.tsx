/**
 * Map a table the user points at onto a template table: pick the table, the role it plays, and which of its
 * columns holds each template column. Saved in the workbook's settings so it survives reopening.
 */
import * as React from "react";
import { Button, Dropdown, Field, Option, Subtitle2, Text } from "@fluentui/react-components";
import { SaveRegular } from "@fluentui/react-icons";
import { TEMPLATE_TABLES, headerMatches, normaliseHeader } from "../../../engine/portfolio";
import { usePmo } from "../../state/PmoContext";
import { COLUMN_MAPPING_SETTING, type ColumnMapping } from "../../columnMapping";
import { useColumnMapperStyles } from "./useColumnMapperStyles.styles";

const NONE = "(not in this table)";

export function ColumnMapper(): React.JSX.Element | null {
  const styles = useColumnMapperStyles();
  const { excel, tables, run, refreshWorkbook, notify, busy } = usePmo();
  const templateNames = new Set(TEMPLATE_TABLES.map((t) => normaliseHeader(t.name)));
  const userTables = tables.filter((t) => !templateNames.has(normaliseHeader(t.name)));
  const [tableName, setTableName] = React.useState<string>("");
  const [role, setRole] = React.useState<string>("Projects");
  const [columns, setColumns] = React.useState<Record<string, string>>({});

  const table = userTables.find((t) => t.name === tableName);
  const template = TEMPLATE_TABLES.find((t) => t.name === role)!;

  // Preselect the user's header that matches each template column by name or alias.
  React.useEffect(() => {
    if (!table) return;
    const guess: Record<string, string> = {};
    for (const c of template.columns) {
      const match = table.headers.find((h) => headerMatches(h, c));
      if (match) guess[c.name] = match;
    }
    setColumns(guess);
  }, [table, template]);

  if (userTables.length === 0) return null;

  const save = async () => {
    if (!table) return;
    const ok = await run("Saving the column mapping", async () => {
      const current = (await excel.readSetting<ColumnMapping>(COLUMN_MAPPING_SETTING)) ?? {};
      const chosen = Object.fromEntries(Object.entries(columns).filter(([, v]) => v && v !== NONE));
      const next: ColumnMapping = {
        tables: { ...(current.tables ?? {}), [template.name]: table.name },
        columns: { ...(current.columns ?? {}), [template.name]: chosen },
      };
      await excel.writeSetting(COLUMN_MAPPING_SETTING, next);
      return true;
    });
    if (ok) {
      notify({ intent: "success", title: "Column mapping saved", message: `Table '${table.name}' is read as ${template.name}; the mapping is stored in this workbook.` });
      await refreshWorkbook();
    }
  };

  return (
    <section className={styles.root} aria-labelledby="map-title">
      <Subtitle2 as="h3" id="map-title">
        Use your own table
      </Subtitle2>
      <Text className={styles.hint}>Point at one of your tables and say which columns hold the template&apos;s fields.</Text>
      <div className={styles.grid}>
        <Field label="Your table">
          <Dropdown className={styles.dropdown} placeholder="Choose a table" value={tableName} selectedOptions={tableName ? [tableName] : []} onOptionSelect={(_, d) => setTableName(d.optionValue ?? "")}>
            {userTables.map((t) => (
              <Option key={t.name} value={t.name}>
                {t.name}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="Read it as">
          <Dropdown className={styles.dropdown} value={role} selectedOptions={[role]} onOptionSelect={(_, d) => setRole(d.optionValue ?? "Projects")}>
            {TEMPLATE_TABLES.map((t) => (
              <Option key={t.name} value={t.name}>
                {t.name}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      {table ? (
        <div className={styles.columns} role="group" aria-label={`Columns of ${table.name}`}>
          {[...template.columns].sort((a, b) => Number(b.required) - Number(a.required)).map((c) => (
            <Field key={c.name} label={`${c.name}${c.required ? " (required)" : ""}`} hint={c.description}>
              <Dropdown
                className={styles.dropdown}
                value={columns[c.name] ?? NONE}
                selectedOptions={[columns[c.name] ?? NONE]}
                onOptionSelect={(_, d) => setColumns((m) => ({ ...m, [c.name]: d.optionValue ?? NONE }))}
              >
                <Option value={NONE}>{NONE}</Option>
                {table.headers.map((h) => (
                  <Option key={h} value={h}>
                    {h}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          ))}
        </div>
      ) : null}
      <div>
        <Button icon={<SaveRegular />} disabled={!table || busy} onClick={() => void save()}>
          Save mapping
        </Button>
      </div>
    </section>
  );
}

/**
 * Choose projects by typing part of an id or name. With `multiselect`, each pick is added to a list of
 * dismissible tags (Fluent's multiselect combobox does not open its list in the task pane's setup).
 */
import * as React from "react";
import { Combobox, Field, Option, Tag, TagGroup } from "@fluentui/react-components";
import { useProjectPickerStyles } from "./useProjectPickerStyles.styles";

export interface ProjectPickerProps {
  readonly label: string;
  readonly projects: readonly { readonly id: string; readonly name: string }[];
  readonly selected: readonly string[];
  readonly onChange: (ids: string[]) => void;
  readonly multiselect?: boolean;
  readonly hint?: string;
}

/** Options shown at once; typing narrows the list (large portfolios have thousands of projects). */
const MAX_OPTIONS = 50;

export function ProjectPicker({ label, projects, selected, onChange, multiselect = true, hint }: ProjectPickerProps): React.JSX.Element {
  const styles = useProjectPickerStyles();
  const [query, setQuery] = React.useState("");
  const q = query.trim().toLowerCase();
  const names = new Map(projects.map((p) => [p.id, p.name]));
  const describe = (id: string) => (names.get(id) && names.get(id) !== id ? `${id} · ${names.get(id)}` : id);
  const candidates = multiselect ? projects.filter((p) => !selected.includes(p.id)) : projects;
  const shown = candidates.filter((p) => !q || p.id.toLowerCase().includes(q) || p.name.toLowerCase().includes(q)).slice(0, MAX_OPTIONS);
  const single = !multiselect && selected.length ? describe(selected[0]) : "";

  return (
    <Field label={label} hint={hint}>
      <div className={styles.root}>
        <Combobox
          className={styles.combobox}
          freeform
          placeholder={multiselect ? "Type to add a project" : "Type to find a project"}
          value={query || single}
          selectedOptions={multiselect ? [] : [...selected]}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
          onOpenChange={(_, d) => !d.open && setQuery("")}
          onOptionSelect={(_, d) => {
            const id = d.optionValue;
            setQuery("");
            if (!id) return;
            onChange(multiselect ? [...selected, id] : [id]);
          }}
        >
          {shown.map((p) => (
            <Option key={p.id} value={p.id} text={describe(p.id)}>
              {describe(p.id)}
            </Option>
          ))}
        </Combobox>
        {multiselect && selected.length ? (
          <TagGroup
            aria-label={`${label}: chosen projects`}
            className={styles.tags}
            onDismiss={(_, d) => onChange(selected.filter((id) => id !== d.value))}
          >
            {selected.map((id) => (
              <Tag key={id} value={id} size="small" dismissible aria-label={`Remove ${describe(id)}`}>
                {describe(id)}
              </Tag>
            ))}
          </TagGroup>
        ) : null}
      </div>
    </Field>
  );
}

/** Choose projects by typing part of an id or name (multi-select combobox). */
import * as React from "react";
import { Combobox, Field, Option } from "@fluentui/react-components";
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
  const matches = projects.filter((p) => !q || p.id.toLowerCase().includes(q) || p.name.toLowerCase().includes(q)).slice(0, MAX_OPTIONS);
  const shown = [...projects.filter((p) => selected.includes(p.id) && !matches.includes(p)), ...matches];
  const names = new Map(projects.map((p) => [p.id, p.name]));
  const summary = selected.map((id) => (names.get(id) && names.get(id) !== id ? `${id} ${names.get(id)}` : id)).join(", ");
  return (
    <Field label={label} hint={hint}>
      <Combobox
        className={styles.combobox}
        multiselect={multiselect}
        freeform
        placeholder={multiselect ? "Type to find projects" : "Type to find a project"}
        value={query || (multiselect ? summary : summary)}
        selectedOptions={[...selected]}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        onOpenChange={(_, d) => !d.open && setQuery("")}
        onOptionSelect={(_, d) => {
          onChange(d.selectedOptions);
          setQuery("");
        }}
      >
        {shown.map((p) => (
          <Option key={p.id} value={p.id} text={`${p.id} ${p.name}`}>
            {p.name && p.name !== p.id ? `${p.id} · ${p.name}` : p.id}
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}

/** Edit the dependency rules between projects: requires, all-or-none, at most one. */
import * as React from "react";
import { Button, Dropdown, Field, Option, Text } from "@fluentui/react-components";
import { AddRegular, DeleteRegular } from "@fluentui/react-icons";
import type { Dependency } from "../../engineBridge";
import { ProjectPicker } from "../ProjectPicker";
import { useDependencyEditorStyles } from "./useDependencyEditorStyles.styles";

export interface DependencyEditorProps {
  readonly projects: readonly { readonly id: string; readonly name: string }[];
  readonly rules: readonly Dependency[];
  readonly onChange: (rules: Dependency[]) => void;
}

const KINDS: Record<Dependency["kind"], string> = {
  requires: "only if",
  together: "together with (all or none)",
  exclusive: "not together with (at most one)",
};

export function describeDependency(d: Dependency): string {
  switch (d.kind) {
    case "requires":
      return `${d.a} only if ${d.b} is selected`;
    case "together":
      return `${d.a} and ${d.b}: both or neither`;
    default:
      return `${d.a} and ${d.b}: at most one`;
  }
}

export function DependencyEditor({ projects, rules, onChange }: DependencyEditorProps): React.JSX.Element {
  const styles = useDependencyEditorStyles();
  const [kind, setKind] = React.useState<Dependency["kind"]>("requires");
  const [a, setA] = React.useState<string[]>([]);
  const [b, setB] = React.useState<string[]>([]);
  const canAdd = a.length === 1 && b.length === 1 && a[0] !== b[0];

  return (
    <div className={styles.root}>
      {rules.length === 0 ? <Text>No dependencies.</Text> : null}
      <ul className={styles.list} aria-label="Dependencies">
        {rules.map((r, i) => (
          <li key={`${r.kind}:${r.a}:${r.b}:${i}`} className={styles.rule}>
            <Text>{describeDependency(r)}</Text>
            <Button
              size="small"
              appearance="subtle"
              icon={<DeleteRegular />}
              aria-label={`Remove: ${describeDependency(r)}`}
              onClick={() => onChange(rules.filter((_, k) => k !== i))}
            />
          </li>
        ))}
      </ul>
      <div className={styles.add} role="group" aria-label="Add a dependency">
        <ProjectPicker label="Project" projects={projects} selected={a} onChange={(ids) => setA(ids.slice(-1))} multiselect={false} />
        <Field label="Rule">
          <Dropdown value={KINDS[kind]} selectedOptions={[kind]} onOptionSelect={(_, d) => setKind((d.optionValue as Dependency["kind"]) ?? "requires")}>
            {(Object.keys(KINDS) as Dependency["kind"][]).map((k) => (
              <Option key={k} value={k}>
                {KINDS[k]}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <ProjectPicker label="Other project" projects={projects} selected={b} onChange={(ids) => setB(ids.slice(-1))} multiselect={false} />
        <div>
          <Button
            icon={<AddRegular />}
            disabled={!canAdd}
            onClick={() => {
              onChange([...rules, { kind, a: a[0], b: b[0] }]);
              setA([]);
              setB([]);
            }}
          >
            Add dependency
          </Button>
        </div>
      </div>
    </div>
  );
}

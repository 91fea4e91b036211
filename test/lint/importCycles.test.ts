/**
 * No import cycles among the task pane's modules (type-only imports included): a cycle makes module order
 * matter (steps.ts ↔ extraSteps.ts once did) and keeps a lazily loaded step from splitting cleanly.
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..", "src", "taskpane");

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [full] : [];
  });
}

function resolve(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (fs.existsSync(candidate)) return candidate;
  }
  return null;
}

/** Static imports and re-exports; `import()` is a lazy load, not an edge of the module graph. */
function imports(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  const out: string[] = [];
  for (const m of text.matchAll(/^(?:import|export)\s[^;]*?from\s+"(\.[^"]+)"/gms)) {
    const target = resolve(file, m[1]!);
    if (target && target.startsWith(ROOT)) out.push(target);
  }
  return out;
}

test("src/taskpane has no import cycles", () => {
  const files = sources(ROOT);
  const graph = new Map(files.map((f) => [f, imports(f)]));
  const state = new Map<string, "open" | "done">();
  const cycles: string[] = [];
  const visit = (f: string, trail: string[]) => {
    state.set(f, "open");
    for (const g of graph.get(f) ?? []) {
      if (state.get(g) === "open") cycles.push([...trail.slice(trail.indexOf(g)), g].map((x) => path.relative(ROOT, x)).join(" → "));
      else if (!state.has(g)) visit(g, [...trail, g]);
    }
    state.set(f, "done");
  };
  for (const f of files) if (!state.has(f)) visit(f, [f]);
  expect(cycles).toEqual([]);
});

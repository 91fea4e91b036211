/** One part of the benchmark report; suites in bench/suites return one each. */
export interface BenchSection {
  readonly title: string;
  /** Markdown body (tables) for bench/results/latest.md. */
  readonly markdown: string;
  /** Raw figures for bench/results/latest.json. */
  readonly data: unknown;
}

/** Wall time of an async function in seconds, with the heap growth it caused. */
export async function measure<T>(fn: () => Promise<T> | T): Promise<{ result: T; seconds: number; heapMB: number }> {
  const heapBefore = process.memoryUsage().heapUsed;
  const start = process.hrtime.bigint();
  const result = await fn();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const heapMB = Math.max(0, process.memoryUsage().heapUsed - heapBefore) / 1048576;
  return { result, seconds, heapMB };
}

/** Markdown table from a header row and data rows. */
export function markdownTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

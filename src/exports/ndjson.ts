/**
 * NDJSON: one JSON object a line, `\n`-terminated, keys in column order, every
 * column present (null when the graph has no value), lists as JSON arrays.
 */
export function ndjsonRows(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  return rows
    .map((row) => {
      const ordered: Record<string, unknown> = {};
      for (const c of columns) ordered[c] = row[c] ?? null;
      return JSON.stringify(ordered) + "\n";
    })
    .join("");
}

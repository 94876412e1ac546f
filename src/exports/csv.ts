/**
 * CSV as RFC 4180 has it: CRLF line ends, a header row, a field quoted when it holds
 * a quote, comma, CR or LF, quotes doubled. Cell values: null → empty; lists → a JSON
 * array (`[2021,2025]`, `["区医保局"]`), because list items may themselves hold any
 * separator; everything else as its text. Values are never altered otherwise, so a
 * CSV row carries exactly what the NDJSON row carries.
 */
export const CSV_BOM = "\uFEFF";

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = Array.isArray(value) ? JSON.stringify(value) : typeof value === "object" ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly unknown[]): string {
  return values.map(csvCell).join(",") + "\r\n";
}

export function csvRows(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  return rows.map((row) => csvLine(columns.map((c) => row[c]))).join("");
}

import type { Warning } from "../../model";
import type { SourceText } from "../../normalize/source-text";
import type { RowDraft } from "./row";

const NOTE_START = /^注\s*[:：]?/;
const CIRCLED = /^[①-⑳]/;

/**
 * Reads the footnotes printed under a table (`注：①指…` then `②指…`) and attaches
 * each to the rows whose cells carry its marker. A line opening with a circled
 * number is a note only if a row uses that marker, so a numbered list after a table
 * is not swallowed. Returns the last note line, or `after` when there is none.
 */
export function attachNotes(source: SourceText, drafts: RowDraft[], after: number, skip: Set<number>, warnings: Warning[]): number {
  const used = new Set(drafts.flatMap((d) => d.markers));
  let last = after;
  for (let n = after + 1; n <= source.lines.length; n++) {
    const line = source.line(n);
    if (skip.has(n) || !line.text) continue;
    const isNote = NOTE_START.test(line.text) || (CIRCLED.test(line.text) && used.has(line.text[0]));
    if (!isNote) break;
    last = n;
    const raw = line.raw.replace(/\*\*/g, "").trim().replace(NOTE_START, "").trim();
    const parts = raw.split(/(?=[①-⑳])/).filter((p) => p.trim());
    for (const part of parts) {
      const marker = CIRCLED.test(part) ? part[0] : "";
      const text = (marker ? part.slice(1) : part).trim();
      const rows = drafts.filter((d) => marker && d.markers.includes(marker));
      if (rows.length === 0) warnings.push({ line: n, message: `table note "${text}" is attached to no row (no row carries ${marker ? `marker ${marker}` : "a marker"})` });
      for (const row of rows) row.notes.push(text);
    }
  }
  return last;
}

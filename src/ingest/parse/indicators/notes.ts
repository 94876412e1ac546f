import type { Warning } from "../../model";
import type { SourceText } from "../../normalize/source-text";
import type { RowDraft } from "./row";

const NOTE_START = /^注\s*[:：]?/;
const CIRCLED = /^[①-⑳]/;
/** A note that does not end a sentence goes on in the next line (a hard wrap). */
const SENTENCE_END = /[。;!?)]$/;

/**
 * Reads the footnotes printed under a table (`注：①指…` then `②指…`) and attaches
 * each to the rows whose cells carry its marker. A line opening with a circled
 * number is a note only if a row uses that marker, so a numbered list after a table
 * is not swallowed; a note cut by a hard wrap goes on in the lines after it until a
 * sentence ends. Returns the last note line, or `after` when there is none.
 */
export function attachNotes(source: SourceText, drafts: RowDraft[], after: number, skip: Set<number>, warnings: Warning[]): number {
  const used = new Set(drafts.flatMap((d) => d.markers));
  const notes: { line: number; text: string }[] = [];
  let last = after;
  let open = false;
  for (let n = after + 1; n <= source.lines.length; n++) {
    const line = source.line(n);
    if (skip.has(n)) continue;
    if (!line.text) {
      open = false;
      continue;
    }
    const isNote = NOTE_START.test(line.text) || (CIRCLED.test(line.text) && used.has(line.text[0]));
    if (!isNote && !open) break;
    last = n;
    const printed = source.printed(n).trim();
    if (isNote) notes.push({ line: n, text: printed.replace(NOTE_START, "").trim() });
    else notes[notes.length - 1].text += printed;
    open = !SENTENCE_END.test(line.text);
  }
  for (const note of notes) {
    for (const part of note.text.split(/(?=[①-⑳])/).filter((p) => p.trim())) {
      const marker = CIRCLED.test(part) ? part[0] : "";
      const text = (marker ? part.slice(1) : part).trim();
      const rows = drafts.filter((d) => marker && d.markers.includes(marker));
      if (rows.length === 0) warnings.push({ line: note.line, message: `table note "${text}" is attached to no row (no row carries ${marker ? `marker ${marker}` : "a marker"})` });
      for (const row of rows) row.notes.push(text);
    }
  }
  return last;
}

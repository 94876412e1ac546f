import type { SourceSpan } from "../../model";
import type { NormLine, SourceText } from "../../normalize/source-text";

/** One table cell: columns `start`..`end` of its line's normalized text; `text` is that text, trimmed ("" for an empty cell). */
export interface Cell {
  line: number;
  start: number;
  end: number;
  text: string;
}

/** A whole line as one cell (the one-cell-per-line layout). */
export function lineCell(line: NormLine): Cell {
  return { line: line.no, start: 0, end: line.text.length, text: line.text };
}

/**
 * The cells of a table row, however the row was printed (tab-separated, a pipe
 * table, an HTML row): the markup layer found them; an empty cell keeps its place.
 */
export function gridCells(line: NormLine): Cell[] {
  return (line.markup.cells ?? [{ start: 0, end: line.text.length }]).map((c) => ({ line: line.no, start: c.start, end: c.end, text: line.text.slice(c.start, c.end) }));
}

export function isGridLine(line: NormLine): boolean {
  return line.markup.cells !== undefined;
}

/** `<sup>①</sup>` anywhere, or a bare circled number closing the cell. */
const MARKER = /\s*<sup>\s*([①-⑳]|\d{1,2})\s*<\/sup>|\s*([①-⑳])\s*$/g;

/** A cell as printed (original script, markdown emphasis dropped), with its footnote markers taken out. */
export function printed(source: SourceText, cell: Cell): { text: string; markers: string[] } {
  if (!cell.text) return { text: "", markers: [] };
  const raw = source.span(cell.line, cell.start, cell.line, cell.end).text.replace(/\*\*/g, "");
  const markers: string[] = [];
  const text = raw.replace(MARKER, (_m, sup?: string, bare?: string) => {
    markers.push(sup ?? bare ?? "");
    return "";
  });
  return { text: text.trim(), markers };
}

export function cellsSpan(source: SourceText, first: Cell, last: Cell): SourceSpan {
  return source.span(first.line, first.start, last.line, last.end);
}

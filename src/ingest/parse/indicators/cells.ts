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
 * Splits a tab-separated line into cells. Splits the raw line, not `text`:
 * normalization trims, which would drop a leading empty cell and shift every column.
 */
export function gridCells(line: NormLine): Cell[] {
  const cells: Cell[] = [];
  let rawStart = 0;
  let i = 0;
  for (const rawCell of line.raw.split("\t")) {
    const rawEnd = rawStart + rawCell.length;
    while (i < line.map.length && line.map[i] < rawStart) i++;
    let start = i;
    let end = i;
    while (end < line.map.length && line.map[end] < rawEnd) end++;
    while (start < end && /\s/.test(line.text[start])) start++;
    while (end > start && /\s/.test(line.text[end - 1])) end--;
    cells.push({ line: line.no, start, end, text: line.text.slice(start, end) });
    rawStart = rawEnd + 1;
  }
  return cells;
}

export function isGridLine(line: NormLine): boolean {
  return line.raw.includes("\t");
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

import type { PageText, TextItem } from "./text-layer";

/** A run of text on a printed line, set apart from the next run by a gap wide enough to be a column boundary. */
export interface Segment {
  x: number;
  end: number;
  text: string;
}

/** One printed line of a page: the runs that share a baseline, left to right. */
export interface PrintedLine {
  page: number;
  /** Baseline, PDF units up from the bottom of the page. */
  y: number;
  /** The largest font size on the line. */
  size: number;
  x: number;
  end: number;
  segments: Segment[];
}

/** A gap this many font sizes wide between runs on one line is a column (table cell, tab stop) boundary. */
export const COLUMN_GAP = 1.5;

/**
 * Whether a space belongs where two pieces of text meet at a line break or a small gap:
 * only between Latin words (a letter on one side, a letter or digit on the other).
 * A number the printer broke across lines (128. / 56 in a narrow cell) and Chinese
 * text join without one.
 */
export const needsSpace = (before: string, after: string): boolean =>
  (/[A-Za-z]$/.test(before) && /^[A-Za-z0-9]/.test(after)) || (/[0-9]$/.test(before) && /^[A-Za-z]/.test(after));

/**
 * A page's text items as printed lines: items whose baselines agree (within a third of
 * the font size) share a line; a smaller item raised just above a line (a superscript
 * footnote marker) belongs to it; a wide gap between items splits the line into
 * segments, which is how table cells that line up become columns.
 */
export function pageLines(page: PageText): PrintedLine[] {
  const items = page.items.filter((i) => i.str.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: TextItem[][] = [];
  for (const item of items) {
    const line = groups.find((g) => Math.abs(g[0].y - item.y) <= Math.max(g[0].size, item.size) / 3);
    if (line) line.push(item);
    else groups.push([item]);
  }
  const lines = groups.map((g) => toLine(page.page, g)).filter((l): l is PrintedLine => l !== undefined);
  return attachSuperscripts(lines).sort((a, b) => b.y - a.y);
}

function toLine(page: number, items: TextItem[]): PrintedLine | undefined {
  items.sort((a, b) => a.x - b.x);
  const size = Math.max(...items.map((i) => i.size));
  const segments: Segment[] = [];
  let current: Segment | undefined;
  let space = false;
  for (const item of items) {
    // pdf.js reports a gap it reads as a space as a space item as wide as the gap: a space, never a cell's extent.
    if (item.str.trim() === "") {
      space = true;
      continue;
    }
    const gap = current ? item.x - current.end : 0;
    if (!current || gap >= COLUMN_GAP * size) {
      current = { x: item.x, end: item.x + item.width, text: item.str };
      segments.push(current);
    } else {
      // A space drawn, or a small gap between Latin words whose space the PDF did not draw as a glyph.
      if ((space || gap > 0.15 * size) && (space || needsSpace(current.text, item.str))) current.text += " ";
      current.text += item.str;
      current.end = Math.max(current.end, item.x + item.width);
    }
    space = false;
  }
  for (const s of segments) s.text = s.text.replace(/\s+$/, "").replace(/^\s+/, "");
  const kept = segments.filter((s) => s.text !== "");
  if (kept.length === 0) return undefined;
  return { page, y: items[0].y, size, x: kept[0].x, end: kept[kept.length - 1].end, segments: kept };
}

/** Superscripts print smaller and raised: put each back on the line it is raised from, at its place. */
function attachSuperscripts(lines: PrintedLine[]): PrintedLine[] {
  const out: PrintedLine[] = [];
  const sorted = [...lines].sort((a, b) => b.size - a.size);
  for (const line of sorted) {
    const host = out.find(
      (h) => line.size <= 0.8 * h.size && line.y > h.y && line.y - h.y <= 0.6 * h.size && line.x >= h.x - h.size && line.end <= h.end + 2 * h.size,
    );
    if (!host) {
      out.push(line);
      continue;
    }
    for (const seg of line.segments) {
      const into = [...host.segments].reverse().find((s) => s.x <= seg.x) ?? host.segments[0];
      into.text += seg.text;
      into.end = Math.max(into.end, seg.end);
    }
    host.end = Math.max(host.end, line.end);
  }
  return out;
}

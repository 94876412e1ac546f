import type { SourceSpan } from "../model";
import type { NormLine, SourceText } from "./source-text";

/** A piece of a paragraph: normalized text of one line, starting at `at` in the paragraph's text. */
interface Piece {
  line: number;
  at: number;
  length: number;
}

/**
 * A logical paragraph: one or more lines that belong together, with page-break
 * splits (a sentence cut by a blank line) and hard wraps rejoined. `text` is
 * normalized; `span()` maps any part of it back to the original characters and
 * `printed()` gives it as printed, markup left out.
 */
export class Paragraph {
  constructor(
    private readonly source: SourceText,
    readonly text: string,
    private readonly pieces: Piece[],
  ) {}

  get line(): number {
    return this.pieces[0].line;
  }

  get endLine(): number {
    return this.pieces[this.pieces.length - 1].line;
  }

  /** Markup of the paragraph's first line. */
  get markup(): NormLine["markup"] {
    return this.source.line(this.line).markup;
  }

  /** Positions in `text` where the markup opened a new block inside a line (`…</p> <p>…`). */
  get breaks(): number[] {
    return this.pieces.flatMap((p) => (this.source.line(p.line).markup.breaks ?? []).map((b) => p.at + b));
  }

  /** The original text of `text.slice(start, end)`: exact, markup and line breaks included (provenance). */
  span(start = 0, end = this.text.length): SourceSpan {
    const a = this.locate(start, false);
    const b = this.locate(Math.max(end, start + 1), true);
    return this.source.span(a.line, a.col, b.line, b.col);
  }

  /**
   * `text.slice(start, end)` as printed: the original characters (script and
   * punctuation as in the document) of exactly that content, without the markup
   * and line breaks that layout put around or inside it.
   */
  printed(start = 0, end = this.text.length): string {
    let out = "";
    for (const p of this.pieces) {
      const from = Math.max(start, p.at);
      const to = Math.min(end, p.at + p.length);
      if (from >= to) continue;
      out += this.source.printed(p.line, from - p.at, to - p.at);
    }
    return out;
  }

  private locate(pos: number, isEnd: boolean): { line: number; col: number } {
    for (const p of this.pieces) {
      if (isEnd ? pos <= p.at + p.length : pos < p.at + p.length) return { line: p.line, col: pos - p.at };
    }
    const last = this.pieces[this.pieces.length - 1];
    return { line: last.line, col: last.length };
  }
}

/** A line that starts a new unit of the outline: never glued to what precedes it. */
export const HEADING_START =
  /^(第[一二三四五六七八九十百零〇]+[章节篇部分]|[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|〔[一二三四五六七八九十]+〕|专栏\s*\d+|\d+[.、](?!\d)|\(\d+\)|[①-⑳]|——|附件|附表|表\s*\d)/;

/** A sentence ends here: a wrapped line ending so may end its paragraph too. */
const SENTENCE_END = /[。!?;〕)\]】]$/;

/** Sentence-final characters: a line ending in one of these is complete. */
const TERMINAL = /[。;!?:」”"'’)\]〕】》]$/;

/** Broken prose carries punctuation; a long line without any is a title or a table cell. */
const PROSE = /[。,、;:]/;

/** Lines shorter than this are titles, names, dates or table cells, never the first half of a page-broken sentence. */
const MIN_BROKEN_LINE = 20;

/**
 * Groups lines into paragraphs. Each non-blank line starts a paragraph, except a
 * line that continues the one above:
 * - a hard wrap: the document is printed at a fixed width (a PDF converted to
 *   text) and the line above fills it, with no blank line between;
 * - a page break: the line above is long prose (it has punctuation) that does not
 *   end a sentence, blank lines or dropped page furniture between.
 * Never across markup that separates blocks (a table row, a markdown heading, the
 * edge of a blockquote, an HTML block), and never before a line that opens an
 * outline item.
 */
export function paragraphs(source: SourceText, skip: Set<number> = new Set()): Paragraph[] {
  const wrap = wrapWidth(source, skip);
  const out: { text: string; pieces: Piece[] }[] = [];
  let open: { text: string; pieces: Piece[]; last: NormLine } | undefined;
  let blankSince = false;
  for (const line of source.lines) {
    if (skip.has(line.no)) continue;
    if (!line.text) {
      blankSince = true;
      continue;
    }
    const piece = { line: line.no, at: 0, length: line.text.length };
    if (open && continues(open, line, blankSince, wrap)) {
      piece.at = open.text.length;
      open.text += line.text;
      open.pieces.push(piece);
      open.last = line;
    } else {
      open = { text: line.text, pieces: [piece], last: line };
      out.push(open);
    }
    blankSince = false;
  }
  return out.map((p) => new Paragraph(source, p.text, p.pieces));
}

function continues(
  open: { text: string; pieces: Piece[]; last: NormLine },
  line: NormLine,
  blankSince: boolean,
  wrap: number | undefined,
): boolean {
  const last = open.last;
  const m = line.markup;
  const lm = last.markup;
  if (m.cells || lm.cells || m.heading || lm.heading || m.blockStart) return false;
  // Markdown's lazy continuation: a line right under a quoted one, without its `>`, goes on with its paragraph
  // (dropped page furniture between them is no blank line).
  const lazy = (lm.quote ?? 0) > 0 && !m.quote && !blankSince;
  if ((m.quote ?? 0) !== (lm.quote ?? 0)) return lazy && !HEADING_START.test(line.text);
  const full = wrap !== undefined && fillsWidth(last, wrap);
  // A line that fills the width and stops mid-sentence was wrapped, even where what follows looks like a mark
  // (`…建成全区统` / `一、高效兼容…`): a new item never starts in the middle of a sentence. Dropped page
  // furniture between them (a page number, a running header) is no blank line.
  if (full && !blankSince && !SENTENCE_END.test(last.text)) return true;
  if (HEADING_START.test(line.text)) return false;
  // A short heading (`二、主要任务`, `(一)完善…机制`) is complete however it ends; a numbered item whose sentence
  // goes on (`5.完善…。加快…,规范` / `监管权限…`) is not.
  if (open.pieces.length === 1 && HEADING_START.test(open.text) && open.text.length < 40 && !full && !PROSE.test(open.text.slice(0, -1))) return false;
  // Wrapped lines follow each other without a blank line; a blank line ends the paragraph.
  if (full && !blankSince) return true;
  // The paragraph so far, not only its last line: a hard-wrapped paragraph's last line can be short.
  return open.text.length >= MIN_BROKEN_LINE && !TERMINAL.test(last.text) && PROSE.test(open.text);
}

/** Printed width: a CJK or full-width character is one em, a Latin letter, digit or space half. */
export function visualWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) < 0x2e80 && !/[“”‘’—…]/.test(ch) ? 0.5 : 1;
  return w;
}

/** The line reaches the wrap width: less than a full-width character short of it (leading spaces count, as printed). */
function fillsWidth(line: NormLine, wrap: number): boolean {
  return visualWidth(line.raw.trimEnd()) > wrap - 1;
}

/** Lines at least this wide take part in finding a hard-wrap width. */
const WRAP_MIN = 12;

/**
 * The width at which the document's lines were hard-wrapped, if they were: the
 * width that at least a third of its wider lines (and ten at least) come within
 * one character of. A document with a paragraph per line has no such width.
 */
function wrapWidth(source: SourceText, skip: Set<number>): number | undefined {
  const widths = source.lines.filter((l) => l.text && !skip.has(l.no) && !l.markup.cells).map((l) => visualWidth(l.raw.trimEnd()));
  const wide = widths.filter((w) => w >= WRAP_MIN);
  if (wide.length < 10) return undefined;
  let best: { width: number; count: number } | undefined;
  for (const w of new Set(wide)) {
    const count = wide.filter((x) => x > w - 1 && x <= w).length;
    if (!best || count > best.count || (count === best.count && w > best.width)) best = { width: w, count };
  }
  return best && best.count >= 10 && best.count >= wide.length / 3 ? best.width : undefined;
}

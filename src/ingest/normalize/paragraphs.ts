import type { SourceSpan } from "../model";
import type { SourceText } from "./source-text";

/** A piece of a paragraph: normalized text of one line, starting at `at` in the paragraph's text. */
interface Piece {
  line: number;
  at: number;
  length: number;
}

/**
 * A logical paragraph: one or more lines that belong together, with page-break
 * splits (a sentence cut by a blank line) rejoined. `text` is normalized; `span()`
 * maps any part of it back to the original characters.
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

  /** The original text of `text.slice(start, end)`. */
  span(start = 0, end = this.text.length): SourceSpan {
    const a = this.locate(start, false);
    const b = this.locate(Math.max(end, start + 1), true);
    return this.source.span(a.line, a.col, b.line, b.col);
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

/** Sentence-final characters: a line ending in one of these is complete. */
const TERMINAL = /[。;!?:」”"'’)\]〕】》]$/;

/** Broken prose carries punctuation; a long line without any is a title or a table cell. */
const PROSE = /[。,、;:]/;

/** Lines shorter than this are titles, names, dates or table cells, never the first half of a page-broken sentence. */
const MIN_BROKEN_LINE = 20;

/**
 * Groups lines into paragraphs. Each non-blank line starts a paragraph, except a
 * line that continues a sentence cut by a page break: the previous paragraph's
 * last line is long prose (it has punctuation) that does not end a sentence, is no heading or table row, and this
 * line starts no heading.
 */
export function paragraphs(source: SourceText, skip: Set<number> = new Set()): Paragraph[] {
  const out: { text: string; pieces: Piece[] }[] = [];
  let open: { text: string; pieces: Piece[]; lastRaw: string } | undefined;
  for (const line of source.lines) {
    if (skip.has(line.no) || !line.text) continue;
    const piece = { line: line.no, at: 0, length: line.text.length };
    const continues =
      open !== undefined &&
      open.lastRaw.length >= MIN_BROKEN_LINE &&
      !TERMINAL.test(open.lastRaw) &&
      PROSE.test(open.lastRaw) &&
      !open.lastRaw.includes("\t") &&
      !line.raw.includes("\t") &&
      !HEADING_START.test(line.text) &&
      !/^[|#]/.test(line.raw.trim()) &&
      !(open.pieces.length === 1 && HEADING_START.test(open.text) && open.text.length < 40);
    if (continues && open) {
      piece.at = open.text.length;
      open.text += line.text;
      open.pieces.push(piece);
      open.lastRaw = line.text;
    } else {
      open = { text: line.text, pieces: [piece], lastRaw: line.text };
      out.push(open);
    }
  }
  return out.map((p) => new Paragraph(source, p.text, p.pieces));
}

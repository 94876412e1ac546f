import type { SourceSpan } from "../model";
import { foldPunctuation, toSimplified } from "../../common/text-keys";
import { type LineMarkup, readMarkup } from "./markup";

/**
 * One line of a document in two forms: `raw` as printed (for display and
 * provenance) and `text`, the form parsers read: simplified, punctuation folded to
 * half-width, markup (markdown, HTML tags, table frames) taken off, trimmed.
 * `map[i]` is the column in `raw` of `text[i]`, so anything found in `text` can be
 * traced back to the exact original characters; `markup` keeps what the markup
 * said (heading level, blockquote, table cells).
 */
export interface NormLine {
  /** 1-based line number. */
  no: number;
  raw: string;
  text: string;
  map: number[];
  /** Offset of the line's first character in the whole document. */
  offset: number;
  markup: LineMarkup;
}

export class SourceText {
  readonly lines: NormLine[];

  constructor(
    readonly file: string,
    readonly text: string,
  ) {
    this.lines = [];
    let offset = 0;
    const rawLines = text.split("\n");
    rawLines.forEach((rawWithCr, i) => {
      const raw = rawWithCr.endsWith("\r") ? rawWithCr.slice(0, -1) : rawWithCr;
      this.lines.push({ no: i + 1, raw, offset, ...normalizeLine(raw) });
      offset += rawWithCr.length + 1;
    });
  }

  line(no: number): NormLine {
    return this.lines[no - 1];
  }

  /** The span from column `startCol` of `startLine` to column `endCol` (exclusive) of `endLine`, in normalized columns. */
  span(startLine: number, startCol: number, endLine: number, endCol: number): SourceSpan {
    const a = this.line(startLine);
    const b = this.line(endLine);
    const startOffset = a.offset + rawColumn(a, startCol, "start");
    const endOffset = b.offset + rawColumn(b, endCol, "end");
    return { file: this.file, line: startLine, endLine, startOffset, endOffset, text: this.text.slice(startOffset, endOffset) };
  }

  /** `text.slice(start, end)` of line `no` as printed: the original character of each, markup left out. */
  printed(no: number, start = 0, end?: number): string {
    const line = this.line(no);
    let out = "";
    for (let i = start; i < (end ?? line.text.length); i++) {
      const col = line.map[i];
      out += line.raw[col];
      // A character outside the basic plane is two code units; the map names the first.
      if (/[\uD800-\uDBFF]/.test(line.raw[col]) && line.map[i + 1] !== col + 1) out += line.raw[col + 1] ?? "";
    }
    return out;
  }

  /** The whole normalized content of lines `from`..`to`. */
  lineSpan(from: number, to: number = from): SourceSpan {
    return this.span(from, 0, to, this.line(to).text.length);
  }
}

function rawColumn(line: NormLine, col: number, edge: "start" | "end"): number {
  if (line.text.length === 0) return edge === "start" ? 0 : line.raw.length;
  if (edge === "start") return line.map[Math.min(col, line.text.length - 1)] ?? 0;
  if (col <= 0) return line.map[0];
  return line.map[Math.min(col, line.text.length) - 1] + 1;
}

/**
 * The line as parsers read it: script and width folded first (one character for
 * one, so columns still line up), then the markup taken off (markup.ts).
 */
export function normalizeLine(raw: string): { text: string; map: number[]; markup: LineMarkup } {
  return readMarkup(foldPunctuation(toSimplified(raw)));
}

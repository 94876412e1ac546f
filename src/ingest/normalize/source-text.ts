import type { SourceSpan } from "../model";
import { foldPunctuation, toSimplified } from "../../common/text-keys";

/**
 * One line of a document in two forms: `raw` as printed (for display and
 * provenance) and `text`, the form parsers read: simplified, punctuation folded to
 * half-width, markdown emphasis and heading marks removed, trimmed. `map[i]` is the
 * column in `raw` of `text[i]`, so anything found in `text` can be traced back to
 * the exact original characters.
 */
export interface NormLine {
  /** 1-based line number. */
  no: number;
  raw: string;
  text: string;
  map: number[];
  /** Offset of the line's first character in the whole document. */
  offset: number;
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

/** Markdown that PDF converters add and that carries no meaning for us: leading #s, ** emphasis. */
const MARKUP = /^#{1,6}\s+|\*\*/g;

export function normalizeLine(raw: string): { text: string; map: number[] } {
  // Length-preserving steps first, so raw and converted columns still line up.
  const converted = foldPunctuation(toSimplified(raw));
  const keep = new Array<boolean>(converted.length).fill(true);
  for (const m of converted.matchAll(MARKUP)) for (let i = 0; i < m[0].length; i++) keep[m.index! + i] = false;
  let text = "";
  const map: number[] = [];
  for (let i = 0; i < converted.length; i++) {
    if (!keep[i]) continue;
    text += converted[i];
    map.push(i);
  }
  // Trim, keeping the map aligned.
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  return { text: trimmed, map: map.slice(lead, lead + trimmed.length) };
}

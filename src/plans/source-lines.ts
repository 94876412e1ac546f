import { BadUserInputError } from "../errors";

/** One printed line of a document: its 1-based number, where it starts in the decoded text, and its text. */
export interface SourceLineRow {
  number: number;
  offset: number;
  text: string;
}

/** The most lines one request may ask for: a screenful of context, not a way to page the whole document. */
export const MAX_SOURCE_LINES = 500;

/** Validates a 1-based, inclusive line range, naming the bad argument and what would be right. */
export function checkLineRange(from: number, to: number): void {
  if (!Number.isInteger(from) || from < 1) throw new BadUserInputError(`from=${from} must be a line number of at least 1`, "from");
  if (!Number.isInteger(to) || to < from) throw new BadUserInputError(`to=${to} must be a line number of at least from (${from})`, "to");
  if (to - from + 1 > MAX_SOURCE_LINES) {
    throw new BadUserInputError(`from=${from} to=${to} asks for ${to - from + 1} lines; ask for at most ${MAX_SOURCE_LINES} at a time`, "to");
  }
}

/**
 * Lines `from`..`to` of a decoded document, numbered and offset exactly as the reader
 * numbers them (src/ingest/normalize/source-text.ts): lines end at \n, a \r before it is
 * not part of the line, and offsets index the decoded text, so `Source.startOffset` of
 * any fact falls inside the line `Source.line` names. Lines past the end are left out.
 */
export function sourceLines(text: string, from: number, to: number): SourceLineRow[] {
  const out: SourceLineRow[] = [];
  let offset = 0;
  for (let number = 1; number <= to; number++) {
    const end = text.indexOf("\n", offset);
    const raw = text.slice(offset, end === -1 ? text.length : end);
    if (number >= from) out.push({ number, offset, text: raw.endsWith("\r") ? raw.slice(0, -1) : raw });
    if (end === -1) break;
    offset = end + 1;
  }
  return out;
}

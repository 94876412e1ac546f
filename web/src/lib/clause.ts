import type { DocLine } from "./highlight";

/** Where a unit's name is printed (UnitAssignment.source offsets). */
export interface UnitSpan {
  start: number;
  end: number;
}

const OPENING = "〔(（[【";
const CLOSING = "〕)）]】";
/** How far a clause's bracket may stand from the first or last name (牵头单位:, 按职责分工负责). */
const REACH = 12;

/**
 * The printed unit clauses of a task, from where its units' names are printed: names
 * printed close together on one line make one clause, which reaches out to the brackets
 * around it when there are some (〔牵头单位:X;责任单位:A、B〕, (X牵头,A、B配合)); names in
 * a sentence (由X牵头,A配合) or a table row give the span from the first name to the last.
 * The API gives each name's span, not the clause's: this is what an auditor reads as
 * "the clause".
 */
export function clauseSpans(lines: DocLine[], units: UnitSpan[]): UnitSpan[] {
  const sorted = [...units].filter((u) => u.end > u.start).sort((a, b) => a.start - b.start);
  const groups: UnitSpan[] = [];
  for (const u of sorted) {
    const last = groups[groups.length - 1];
    if (last && u.start - last.end <= REACH && lineOf(lines, u.start) === lineOf(lines, last.end - 1)) last.end = Math.max(last.end, u.end);
    else groups.push({ ...u });
  }
  return groups.map((g) => widenToBrackets(lines, g));
}

function lineOf(lines: DocLine[], offset: number): DocLine | undefined {
  return lines.find((l) => offset >= l.offset && offset <= l.offset + l.text.length);
}

function widenToBrackets(lines: DocLine[], span: UnitSpan): UnitSpan {
  const first = lineOf(lines, span.start);
  const last = lineOf(lines, span.end - 1);
  if (!first || !last) return span;
  let start: number | undefined;
  for (let i = span.start - first.offset - 1; i >= 0 && span.start - first.offset - i <= REACH; i--) {
    const c = first.text[i];
    if (CLOSING.includes(c) || c === "。") break;
    if (OPENING.includes(c)) {
      start = first.offset + i;
      break;
    }
  }
  let end: number | undefined;
  for (let i = span.end - last.offset; i < last.text.length && i - (span.end - last.offset) < REACH; i++) {
    const c = last.text[i];
    if (OPENING.includes(c) || c === "。") break;
    if (CLOSING.includes(c)) {
      end = last.offset + i + 1;
      break;
    }
  }
  // A bracket on one side only is not the clause's (an aside before it, a note after it).
  return start !== undefined && end !== undefined ? { start, end } : span;
}

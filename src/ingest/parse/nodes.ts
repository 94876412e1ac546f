import type { ActingMention, SourceSpan, TaskKind, TaskNode, UnitMention } from "../model";
import type { SourceText } from "../normalize/source-text";
import { findDeadlines } from "./deadlines";
import type { Slice } from "./slices";
import { findActing, findStatedAssignments, findUnitClauses } from "./units";

/** A node while the outline is being read: its slices grow until the next mark closes it. */
export interface Draft {
  kind: TaskKind;
  path: string;
  parentPath?: string;
  number?: string;
  /** The title is `slices[0].text.slice(titleStart, titleEnd)`. */
  titleStart: number;
  titleEnd: number;
  slices: Slice[];
}

/** Where a title ends: at the first `。` (a lead phrase), or, with `colon`, at a `:` that comes first (`按病种付费:…`). */
export function titleEnd(text: string, from: number, colon = false): number {
  const stop = text.indexOf("。", from);
  const c = colon ? text.indexOf(":", from) : -1;
  if (c > from && c - from <= 30 && (stop < 0 || c < stop)) return c;
  if (stop >= 0) return stop;
  let end = text.length;
  while (end > from && /[。;,:\s]/.test(text[end - 1])) end--;
  return end;
}

/** What the whole document says that bears on reading each item. */
export interface ReadingContext {
  /** The line of a note that the first unit listed leads (列第一位者为牵头单位): clauses from there on follow it. */
  firstListedFrom?: number;
}

export function finish(source: SourceText, d: Draft, reading: ReadingContext = {}): TaskNode {
  const first = d.slices[0];
  const title = first.para.printed(first.start + d.titleStart, first.start + Math.max(d.titleEnd, d.titleStart + 1));
  const spans = d.slices.map((s) => s.para.span(s.start, s.end));
  const normalized = d.slices.map((s) => s.text).join("\n");
  const actionable = d.kind === "TASK" || d.kind === "SUBTASK";
  const units = actionable ? unitsOf(d.slices, reading) : [];
  return {
    path: d.path,
    parentPath: d.parentPath,
    kind: d.kind,
    number: d.number,
    title: tidy(title),
    text: d.slices.map((s) => s.para.printed(s.start, s.end).trim()).join("\n"),
    deadlines: findDeadlines(normalized),
    units,
    acting: actionable && units.length === 0 ? actingOf(d.slices) : [],
    source: cover(source, spans),
  };
}

function tidy(text: string): string {
  return text.trim();
}

/**
 * The units a task's own slices assign: its clauses, or, in a slice without one, the
 * assignments its sentences state. In printed order.
 */
function unitsOf(slices: Slice[], reading: ReadingContext): UnitMention[] {
  const out: UnitMention[] = [];
  for (const s of slices) {
    const firstListed = reading.firstListedFrom !== undefined && s.para.line >= reading.firstListedFrom;
    const clauses = findUnitClauses(s.text, { firstListed });
    for (const clause of clauses.length ? clauses : findStatedAssignments(s.text)) {
      for (const u of clause.units) {
        const source = s.para.span(s.start + u.start, s.start + u.end);
        out.push({
          name: s.para.printed(s.start + u.start, s.start + u.end).trim(),
          role: u.role === "lead" ? "LEAD" : "RESPONSIBLE",
          roleText: u.roleText,
          convention: clause.convention,
          source,
        });
      }
    }
  }
  return out;
}

function actingOf(slices: Slice[]): ActingMention[] {
  return slices.flatMap((s) =>
    findActing(s.text).map((a) => {
      // findActing's positions cover the name; its phrase (会同…) is given in normalized form.
      return { name: a.name, phrase: a.phrase, source: s.para.span(s.start + a.start, s.start + a.end) };
    }),
  );
}

/** One span from the first slice's start to the last slice's end, with the exact original text between. */
function cover(source: SourceText, spans: SourceSpan[]): SourceSpan {
  const a = spans[0];
  const b = spans[spans.length - 1];
  return { ...a, endLine: b.endLine, endOffset: b.endOffset, text: source.text.slice(a.startOffset, b.endOffset) };
}

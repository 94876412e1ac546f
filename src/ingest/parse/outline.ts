import type { TaskKind, TaskNode, Warning } from "../model";
import type { SourceText } from "../normalize/source-text";
import type { Paragraph } from "../normalize/paragraphs";
import { boxTitleAt, BoxReader, type OpenBox } from "./boxes";
import { layout } from "./layout";
import { finish, titleEnd, type Draft, type ReadingContext } from "./nodes";
import { leadPhraseEnd, matchMarker, type Marker, type MarkerMatch } from "./numbering";
import { toSlices, type Slice } from "./slices";

/**
 * How a mark ranks among the others, where documents agree on it: 第X章 above
 * 第X节 above 一、 above (一) above 1. above (1) above ①. A mark never opens
 * under one it ranks above (a 一、 closes an open 1.), but a document may skip
 * ranks, so the depth a mark takes is decided by what is open when it appears.
 * Bullets (——, and paragraphs opening with a lead phrase) rank below every
 * heading and take whatever item level they open at.
 */
type Family = Exclude<Marker, "dash" | "column"> | "bullet";
const RANK: Record<Family, number> = { zhang: 0, jie: 1, cnList: 2, cnParen: 3, numDot: 4, bullet: 4, numParen: 5, circled: 6 };
const HEADING_FAMILIES = new Set<Family>(["zhang", "jie", "cnList", "cnParen"]);

/** Headings of the parts that describe rather than assign work: read, then left out with everything under them. */
const NARRATIVE = /规划背景|发展基础|发展环境|发展形势|机遇|挑战|总体要求|总体思路|指导思想|基本原则|发展目标|主要目标|远景目标/;

interface Open {
  family: Family;
  draft: Draft;
}

/**
 * Reads the outline of a plan from its numbering, one grammar for every
 * document: each mark opens an item at the depth the marks already open give it
 * (a mark already open closes back to its level; a new one opens beneath), so a
 * document's hierarchy comes from the order in which its marks open, never from
 * markdown #s or from a style guessed for the document. The first two heading
 * levels are chapters and sections, the first item level tasks, deeper items
 * sub-tasks. 专栏 boxes (and boxes printed without 专栏N) hold their own items.
 * Narrative parts (background, principles, goals) are left out, except a box they
 * hold, which keeps its headings as containers. Plain paragraphs belong to the
 * item open above them.
 */
export function parseOutline(source: SourceText, paras: Paragraph[], tableLines: Set<number>, reading: ReadingContext = {}): OutlineRead {
  const reader = new OutlineReader();
  const slices = toSlices(layout(paras).body, tableLines);
  slices.forEach((slice, i) => reader.readSlice(slice, slices.slice(i + 1)));
  reader.end();
  const kept = reader.kept();
  const keptPaths = new Set(kept.map((d) => d.path));
  const leftOut = reader.drafts
    .filter((d) => !keptPaths.has(d.path))
    .map((d) => ({ lines: linesOf(d), reason: reader.whyLeftOut(d) }));
  return { tasks: kept.map((d) => finish(source, d, reading)), warnings: reader.warnings, leftOut };
}

export interface OutlineRead {
  tasks: TaskNode[];
  warnings: Warning[];
  /** Items read and left out (narrative parts), with their lines: the coverage report names them. */
  leftOut: { lines: number[]; reason: string }[];
}

function linesOf(d: Draft): number[] {
  const out: number[] = [];
  for (const s of d.slices) for (let n = s.para.line; n <= s.para.endLine; n++) out.push(n);
  return out;
}

class OutlineReader {
  readonly drafts: Draft[] = [];
  readonly warnings: Warning[] = [];
  private stack: Open[] = [];
  private box?: OpenBox;
  private readonly boxes = new BoxReader(this);
  /** The last slice opened a heading or item printed as a title line alone: the next paragraph is its first. */
  private fresh = false;
  /** A paragraph opening with a single-clause lead phrase was read since the last mark. */
  private strictInRun = false;
  private readonly narrative = new Set<string>();
  private readonly ordinals = new Map<string, number>();
  private readonly lastNumber = new Map<string, number>();

  /** `after`: the slices that follow, for the one decision that looks ahead (a lead paragraph right under a title). */
  readSlice(slice: Slice, after: Slice[] = []): void {
    const fresh = this.fresh;
    this.fresh = false;
    const m = matchMarker(slice.text);
    if (this.box) {
      if (this.boxes.holds(this.box, slice, m, this.stack)) return;
      this.closeBox();
    }
    if (m?.marker === "column") return this.openBox(slice, m);
    // A table's caption belongs to the table (read by parseIndicators); a 专栏 caption opened its box above.
    if (slice.caption) return;
    if (!m && !fresh && boxTitleAt(slice)) return this.openBox(slice, undefined);
    const family = this.familyOf(slice, m, fresh, after);
    if (m) this.strictInRun = false;
    else if (family) this.strictInRun ||= leadsParagraph(slice.text, false);
    if (family) return this.open(slice, m, family);
    this.append(slice);
  }

  end(): void {
    this.closeBox();
  }

  /** Why a draft that `kept` leaves out was left out: the narrative heading above it, or its frame role. */
  whyLeftOut(d: Draft): string {
    const byPath = new Map(this.drafts.map((x) => [x.path, x]));
    for (let p: Draft | undefined = d; p; p = p.parentPath ? byPath.get(p.parentPath) : undefined) {
      if (this.narrative.has(p.path)) return `narrative part: ${p.slices[0].text.slice(0, 24)}`;
    }
    return "a heading that only frames narrative parts";
  }

  /** The drafts to keep: everything outside narrative parts, and the boxes inside them with their headings. */
  kept(): Draft[] {
    const byPath = new Map(this.drafts.map((d) => [d.path, d]));
    const inNarrative = (d: Draft): boolean => {
      for (let p: Draft | undefined = d; p; p = p.parentPath ? byPath.get(p.parentPath) : undefined) if (this.narrative.has(p.path)) return true;
      return false;
    };
    const keep = new Set(this.drafts.filter((d) => !inNarrative(d)).map((d) => d.path));
    for (const d of this.drafts) {
      if (d.kind !== "COLUMN" || !inNarrative(d)) continue;
      for (let p: Draft | undefined = d; p; p = p.parentPath ? byPath.get(p.parentPath) : undefined) keep.add(p.path);
      for (const item of this.drafts) if (item.parentPath === d.path) keep.add(item.path);
    }
    // A heading whose every sub-heading is narrative was only a frame for them (江西's 第一章).
    for (const d of this.drafts) {
      const subs = this.drafts.filter((c) => c.parentPath === d.path && isHeadingKind(c.kind));
      if (subs.length && subs.every((c) => !keep.has(c.path)) && !this.drafts.some((c) => c.parentPath === d.path && keep.has(c.path))) keep.delete(d.path);
    }
    return this.drafts.filter((d) => keep.has(d.path));
  }

  /** The family a slice opens, or nothing for a plain paragraph. */
  private familyOf(slice: Slice, m: MarkerMatch | undefined, fresh: boolean, after: Slice[]): Family | undefined {
    if (m) return m.marker === "dash" ? "bullet" : (m.marker as Family);
    if (!this.stack.length) return undefined;
    // Paragraphs that open with a lead phrase titling what follows are items: parallel measures under a heading
    // or a task. The paragraph right under a title line is its body, unless another lead paragraph follows it
    // before the next mark (then it is the first of a list); and a lead phrase of two clauses there introduces the part.
    // A lead phrase of two clauses is also how a plain sentence starts: it counts only among paragraphs printed
    // in the lead-phrase style, where a single-clause lead phrase is printed too.
    const untilMark = after.findIndex((s) => matchMarker(s.text) !== undefined || s.markdownHeading);
    const siblings = untilMark < 0 ? after : after.slice(0, untilMark);
    const strict = leadsParagraph(slice.text, false);
    if (!fresh) return strict || (leadsParagraph(slice.text, true) && (this.strictInRun || siblings.some((s) => leadsParagraph(s.text, false)))) ? "bullet" : undefined;
    return strict && siblings.some((s) => leadsParagraph(s.text, true)) ? "bullet" : undefined;
  }

  private open(slice: Slice, m: MarkerMatch | undefined, family: Family): void {
    const at = this.stack.findIndex((o) => o.family === family);
    if (at >= 0) this.stack.length = at;
    else if (family !== "bullet") {
      // A mark closes everything open that ranks below it (a new 一、 closes an open (一) and 1.).
      const below = this.stack.findIndex((o) => RANK[o.family] > RANK[family] || (o.family === "bullet" && HEADING_FAMILIES.has(family)));
      if (below >= 0) this.stack.length = below;
    }
    const parent = this.stack[this.stack.length - 1]?.draft;
    const kind = this.kindAt(family);
    // Numbers count within a chapter at one depth: an opinion numbers its tasks 1–22 across its groups.
    const chapter = this.stack.find((o) => o.draft.kind === "CHAPTER")?.draft.path ?? "";
    const scope = `${chapter}|${this.stack.length}|${family}`;
    if (m?.value !== undefined) this.checkSequence(scope, m, slice, `*|${this.stack.length}|${family}`);
    const key = m?.value !== undefined ? String(m.value) : String(this.nextOrdinal(parent, kind));
    const draft = this.add(kind, slice, m, parent, key);
    this.stack.push({ family, draft });
    if (HEADING_FAMILIES.has(family) && NARRATIVE.test(slice.text.slice(m?.contentStart ?? 0))) this.narrative.add(draft.path);
    // A title line alone (a heading, `1. 健全…机制。`) is followed by its first body paragraph.
    this.fresh = draft.titleEnd >= slice.text.length - 1;
  }

  /** Kinds by depth: the first two heading levels are chapter and section, the first item level a task, deeper ones sub-tasks. */
  private kindAt(family: Family): TaskKind {
    const itemAbove = this.stack.some((o) => o.draft.kind === "TASK" || o.draft.kind === "SUBTASK");
    if (itemAbove) return "SUBTASK";
    if (!HEADING_FAMILIES.has(family)) return "TASK";
    const headings = this.stack.filter((o) => o.draft.kind === "CHAPTER" || o.draft.kind === "SECTION").length;
    return headings === 0 ? "CHAPTER" : headings === 1 ? "SECTION" : "TASK";
  }

  private openBox(slice: Slice, m: MarkerMatch | undefined): void {
    // A box illustrates the part it is printed in: it hangs from the nearest open heading.
    const parent = [...this.stack].reverse().find((o) => isHeadingKind(o.draft.kind))?.draft;
    const key = m ? `c${m.value}` : `b${this.nextOrdinal(parent, "COLUMN")}`;
    const draft = this.add("COLUMN", slice, m, parent, key, m !== undefined);
    this.box = this.boxes.open(draft, slice, m === undefined);
  }

  private closeBox(): void {
    if (this.box && !this.box.items && !this.box.holdsTable) {
      this.warnings.push({ line: this.box.draft.slices[0].para.line, message: `专栏 "${this.box.draft.slices[0].text.slice(0, 30)}" holds no items` });
    }
    this.box = undefined;
  }

  private append(slice: Slice): void {
    const open = this.stack[this.stack.length - 1]?.draft;
    if (open) open.slices.push(slice);
    else this.warnings.push({ line: slice.para.line, message: `text outside any heading left out of the outline: ${slice.text.slice(0, 30)}…` });
  }

  /** Adds a node: `global` keys (专栏N) are paths of their own; a path printed twice gets `-2`. */
  add(kind: TaskKind, slice: Slice, m: MarkerMatch | undefined, parent: Draft | undefined, key: string, global = false, colon = false): Draft {
    const from = m?.contentStart ?? 0;
    const heading = isHeadingKind(kind) || kind === "COLUMN";
    const printed = global || !parent ? key : `${parent.path}/${key}`;
    let path = printed;
    for (let n = 2; this.drafts.some((d) => d.path === path); n++) path = `${printed}-${n}`;
    if (path !== printed) this.warnings.push({ line: slice.para.line, message: `${kind} ${printed} is printed more than once; this one is ${path}` });
    const draft: Draft = {
      kind,
      path,
      parentPath: parent?.path,
      number: m?.marker === "dash" ? undefined : m?.number,
      titleStart: from,
      titleEnd: heading ? titleEnd(slice.text, from) : titleEnd(slice.text, from, colon),
      slices: [slice],
    };
    const counter = `${parent?.path ?? ""}|${group(kind)}`;
    this.ordinals.set(counter, (this.ordinals.get(counter) ?? 0) + 1);
    this.drafts.push(draft);
    return draft;
  }

  /** The position a node without a printed number takes among its siblings of the same group (tasks, boxes …). */
  nextOrdinal(parent: Draft | undefined, kind: TaskKind): number {
    return (this.ordinals.get(`${parent?.path ?? ""}|${group(kind)}`) ?? 0) + 1;
  }

  /** Numbers run 1, 2, 3 … or restart at 1; anything else is worth a look (a task lost in a run-on line). */
  checkSequence(scope: string, m: MarkerMatch, slice: Slice, across?: string): void {
    const last = this.lastNumber.get(scope);
    // Some documents number their tasks on through every part (16 opens part 三 after 15 closed part 二).
    const before = across === undefined ? undefined : this.lastNumber.get(across);
    if (m.value !== 1 && m.value !== (last ?? 0) + 1 && !(last === undefined && m.value === (before ?? 0) + 1)) {
      const after = last === undefined ? "opens its list" : `follows item ${last}`;
      this.warnings.push({ line: slice.para.line, message: `item ${m.number} ${after}: a number is missing or repeated` });
    }
    this.lastNumber.set(scope, m.value!);
    if (across !== undefined) this.lastNumber.set(across, m.value!);
  }

  lastIn(scope: string): number | undefined {
    return this.lastNumber.get(scope);
  }
}

/** Text after a lead phrase, at least: a sentence standing alone titles nothing. */
const MIN_BODY = 8;

/**
 * A clause that sets the time, place or ground of a statement (`“十四五”期间`, `到2025年`,
 * `按照…`) opens a sentence of fact or goal, not a lead phrase naming a measure.
 */
const ADVERBIAL = /^(?:到|至|在|从|自|随着|按照|根据|依据|为了?|通过|对于?|截至)|(?:期间|时期|以来|年底?|年末|之前|以后|前|后|末|时)$/;

function leadsParagraph(text: string, paired: boolean): boolean {
  const end = leadPhraseEnd(text, 0, paired);
  if (end < 0 || text.length - end - 1 < MIN_BODY) return false;
  const clauses = text.slice(0, end).split(",");
  return clauses.length === 1 || !ADVERBIAL.test(clauses[0]);
}

function group(kind: TaskKind): string {
  return kind === "SUBTASK" || kind === "COLUMN_ITEM" ? "TASK" : kind;
}

export function isHeadingKind(kind: TaskKind): boolean {
  return kind === "CHAPTER" || kind === "SECTION";
}

export type OutlineWriter = Pick<OutlineReader, "add" | "nextOrdinal" | "checkSequence" | "lastIn" | "warnings">;
export type { Open };

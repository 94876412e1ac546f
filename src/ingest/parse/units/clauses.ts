/**
 * Unit clauses: where a task says who owns it, in the conventions Chinese
 * government documents print (see DOMAIN.md), in any bracket and punctuation
 * width, or as a line of its own after the task:
 * - labelled: 〔牵头单位:X;责任单位:A、B〕, (牵头单位:X;配合单位:A、B), (责任单位:A、B),
 *   the labels in any order or alone;
 * - paired: (X牵头,A、B配合), (X牵头,A、B按职责分工负责), (X牵头,A、B参与), (X负责),
 *   (A、B按职责分工负责);
 * - the lead marked in the list: 责任单位:X(牵头)、A、B;
 * - under a note that the first listed leads (列第一位者为牵头单位): (X、A、B), whose
 *   first unit leads.
 * Reads NORMALIZED text (half-width brackets and punctuation) and returns positions
 * in it.
 */
import { CLOSE, isOrgName, matchingClose, OPEN, splitUnitNames, type UnitName } from "./names";
import { labelAt, verbBefore, type Role } from "./roles";

/** How a document printed the assignment: the convention the reader recognized. */
export type Convention = "LABELLED" | "PAIRED" | "LEAD_MARK" | "FIRST_LISTED" | "SENTENCE" | "TABLE";

/** A unit with the role the document gives it and the word it printed for that role. */
export interface AssignedUnit extends UnitName {
  role: Role;
  /** The printed role word: 牵头单位, 配合单位, 牵头, 按职责分工负责, 列第一位者为牵头单位 … */
  roleText: string;
}

/** One clause; `start`/`end` cover it including its brackets. */
export interface UnitClause {
  start: number;
  end: number;
  convention: Convention;
  units: AssignedUnit[];
  lead: UnitName[];
  responsible: UnitName[];
}

export interface ClauseOptions {
  /** A note above says the first unit listed in each clause leads (列第一位者为牵头单位). */
  firstListed?: boolean;
}

/** `X(牵头)` inside a list: the unit is the lead. */
const LEAD_MARK = /\((?:牵头|牵头单位)\)$/;
/** The note that gives the rule for every clause under it. */
export const FIRST_LISTED_NOTE = /(?:列|排)(?:在)?(?:第一位|首位|第一个|前面)(?:者|的|单位)?(?:为|是)牵头单位/;

/**
 * Every unit clause in the text. A bracket counts only when its content reads
 * wholly as one of the conventions (labels, or lists of organizations each
 * followed by a role verb), so (中发〔2020〕5号), (DRG) and 公示系统(西藏) are left
 * alone; a labelled clause whose bracket never closes is skipped rather than
 * guessed (truncation.ts warns of it).
 */
export function findUnitClauses(text: string, options: ClauseOptions = {}): UnitClause[] {
  const clauses: UnitClause[] = [];
  for (let i = 0; i < text.length; i++) {
    if (OPEN.includes(text[i])) {
      const close = matchingClose(text, i);
      // A labelled clause cut short: what follows is inside it, so its later labels open no clause of their own.
      if (close < 0 && labelAt(text, skipSpaces(text, i + 1))) break;
      if (close < 0) continue;
      const read = readContent(text, i + 1, close, options);
      if (read) {
        clauses.push(finish(i, close + 1, read, options));
        i = close;
      }
      continue;
    }
    // A labelled clause printed without brackets, at the start of a sentence: `责任单位:X(牵头)、A`.
    if ((i === 0 || /[。;\s]/.test(text[i - 1])) && labelAt(text, i)) {
      const end = sentenceEnd(text, i);
      const read = labelled(text, i, end);
      if (read) {
        clauses.push(finish(i, end, read, options));
        i = end - 1;
      }
    }
  }
  return clauses;
}

type Read = { convention: Convention; units: AssignedUnit[] };

function readContent(text: string, from: number, to: number, options: ClauseOptions): Read | undefined {
  const a = skipSpaces(text, from);
  if (labelAt(text, a)) return labelled(text, a, to);
  return paired(text, a, to) ?? (options.firstListed ? bareList(text, a, to) : undefined);
}

/** `牵头单位:X;责任单位:A、B`: each label opens the list of units up to the next label. */
function labelled(text: string, from: number, to: number): Read | undefined {
  const labels: { label: string; role: Role; at: number; end: number }[] = [];
  let depth = 0;
  for (let i = from; i < to; i++) {
    if (OPEN.includes(text[i])) depth++;
    else if (CLOSE.includes(text[i])) depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      const label = labelAt(text, i);
      if (label) {
        labels.push({ ...label, at: i });
        i = label.end - 1;
      }
    }
  }
  if (!labels.length || skipSpaces(text, from) !== labels[0].at) return undefined;
  const units: AssignedUnit[] = [];
  let marked = false;
  labels.forEach((l, k) => {
    const end = k + 1 < labels.length ? labels[k + 1].at : to;
    for (const name of splitUnitNames(text, l.end, end)) {
      const mark = LEAD_MARK.exec(name.name);
      if (mark) {
        marked = true;
        const stripped = name.name.slice(0, mark.index).trimEnd();
        units.push({ name: stripped, start: name.start, end: name.start + stripped.length, role: "lead", roleText: "牵头" });
      } else units.push({ ...name, role: l.role, roleText: l.label });
    }
  });
  return units.length ? { convention: marked ? "LEAD_MARK" : "LABELLED", units } : undefined;
}

/** `X牵头,A、B配合` / `X负责` / `由X牵头`: each segment a list of organizations ending in a role verb. */
function paired(text: string, from: number, to: number): Read | undefined {
  const units: AssignedUnit[] = [];
  // A list may itself hold a comma (区财政厅、区乡村振兴局,各地(市)委、行署(政府)配合): names wait for the next verb.
  let waiting: UnitName[] = [];
  for (const [a, b] of segments(text, from, to)) {
    const start = text.startsWith("由", a) ? a + 1 : a;
    const verb = verbBefore(text, b);
    const names = splitUnitNames(text, start, verb ? verb.start : b);
    if (!names.length || !names.every((n) => isOrgName(n.name))) return undefined;
    waiting.push(...names);
    if (!verb) continue;
    units.push(...waiting.map((n) => ({ ...n, role: verb.role, roleText: verb.verb })));
    waiting = [];
  }
  return units.length && !waiting.length ? { convention: "PAIRED", units } : undefined;
}

/** `X、A、B` under the first-listed note: organizations only. */
function bareList(text: string, from: number, to: number): Read | undefined {
  const names = splitUnitNames(text, from, to);
  if (!names.length || !names.every((n) => isOrgName(n.name))) return undefined;
  return { convention: "FIRST_LISTED", units: names.map((n) => ({ ...n, role: "responsible", roleText: "列第一位者为牵头单位" })) };
}

/** Under the first-listed note, a clause that names no lead of its own gets its first unit as the lead. */
function finish(start: number, end: number, read: Read, options: ClauseOptions): UnitClause {
  let { units, convention } = read;
  if (options.firstListed && !units.some((u) => u.role === "lead")) {
    units = units.map((u, i) => (i === 0 ? { ...u, role: "lead" as Role } : u));
    convention = "FIRST_LISTED";
  }
  const plain = (role: Role) => units.filter((u) => u.role === role).map(({ name, start: s, end: e }) => ({ name, start: s, end: e }));
  return { start, end, convention, units, lead: plain("lead"), responsible: plain("responsible") };
}

/** `[from, to)` cut at `,` and `;` outside brackets, each piece trimmed; empty pieces dropped. */
function segments(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let depth = 0;
  let start = from;
  const push = (end: number) => {
    let a = start;
    let b = end;
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /[\s。]/.test(text[b - 1])) b--;
    if (b > a) out.push([a, b]);
  };
  for (let i = from; i < to; i++) {
    if (OPEN.includes(text[i])) depth++;
    else if (CLOSE.includes(text[i])) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (text[i] === "," || text[i] === ";")) {
      push(i);
      start = i + 1;
    }
  }
  push(to);
  return out;
}

/** Where a sentence that starts at `from` ends: its `。` (outside brackets), or the end of the text. */
function sentenceEnd(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    if (OPEN.includes(text[i])) depth++;
    else if (CLOSE.includes(text[i])) depth = Math.max(0, depth - 1);
    else if (depth === 0 && text[i] === "。") return i;
  }
  return text.length;
}

function skipSpaces(text: string, pos: number): number {
  while (pos < text.length && /\s/.test(text[pos])) pos++;
  return pos;
}

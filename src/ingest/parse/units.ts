/**
 * Who does a task: the bracketed unit clauses some documents end their tasks with
 * (〔牵头单位:区医保局;责任单位:区财政厅〕), and, where a document prints none, the
 * departments its prose names as acting (由…负责, 会同…, 配合…).
 *
 * Both read NORMALIZED text (simplified, half-width punctuation) and return
 * positions in that text, for Paragraph.span to map back to the original.
 */
import { readDepartmentName, readRegionPrefix } from "../departments/canonical";

/** A unit exactly as printed (normalized form), with its position in the text. */
export interface UnitName {
  name: string;
  start: number;
  end: number;
}

/** One bracketed clause; `start`/`end` cover it including its brackets. */
export interface UnitClause {
  start: number;
  end: number;
  lead: UnitName[];
  responsible: UnitName[];
}

/** A department the prose names as acting, with the phrase that shows it (`会同市财政局`). */
export interface ActingName {
  name: string;
  phrase: string;
  start: number;
  end: number;
}

/**
 * The labels that open a role inside a clause. Documents that name a third tier
 * (配合单位, 参与单位, 协办单位) share the work without leading it, so those count
 * as responsible: the graph has only the two roles.
 */
export const ROLE_LABELS: { label: string; role: "lead" | "responsible" }[] = [
  { label: "牵头单位", role: "lead" },
  { label: "牵头部门", role: "lead" },
  { label: "主责单位", role: "lead" },
  { label: "主责部门", role: "lead" },
  { label: "责任单位", role: "responsible" },
  { label: "责任部门", role: "responsible" },
  { label: "配合单位", role: "responsible" },
  { label: "配合部门", role: "responsible" },
  { label: "参与单位", role: "responsible" },
  { label: "参与部门", role: "responsible" },
  { label: "协办单位", role: "responsible" },
  { label: "协办部门", role: "responsible" },
];

const OPEN = "〔([【";
const CLOSE = "〕)]】";

/** Between units of one role. `;` also ends a role, but the next label is what starts one. */
const SEPARATORS = "、,;";

/**
 * 各地(市)委、行署(政府) is ONE collective: the prefecture party committees and
 * administrative offices of every prefecture, with 各地(市) shared by both halves.
 * A piece after 、 continues the previous one when that is an 各…委 and this one a
 * government body without its own prefix; `行署(政府)` alone would name nobody.
 */
const COLLECTIVE_HEAD = /^各.+委$/;
const COLLECTIVE_TAIL = /^(?:行署|行政公署|人民政府|政府)/;

/** Trailing words that close a list without being part of a name: 区财政厅等. */
const LIST_END = /(?:等部门|等单位|等)$/;

/**
 * Every 〔牵头单位:…;责任单位:…〕 clause in the text, in any bracket style, with one
 * or both roles. A bracket counts only when a role label and `:` open it, so
 * (中发〔2020〕5号) and 公示系统(西藏) are left alone; a clause whose bracket never
 * closes is skipped rather than guessed.
 */
export function findUnitClauses(text: string): UnitClause[] {
  const clauses: UnitClause[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!OPEN.includes(text[i]) || !labelAt(text, skipSpaces(text, i + 1))) continue;
    const close = matchingClose(text, i);
    if (close < 0) continue;
    clauses.push(readClause(text, i, close));
    i = close;
  }
  return clauses;
}

function readClause(text: string, open: number, close: number): UnitClause {
  const clause: UnitClause = { start: open, end: close + 1, lead: [], responsible: [] };
  const roles: { role: "lead" | "responsible"; label: number; from: number }[] = [];
  let depth = 0;
  for (let i = open + 1; i < close; i++) {
    if (OPEN.includes(text[i])) depth++;
    else if (CLOSE.includes(text[i])) depth--;
    else if (depth === 0) {
      const label = labelAt(text, i);
      if (label) {
        roles.push({ role: label.role, label: i, from: label.end });
        i = label.end - 1;
      }
    }
  }
  roles.forEach((r, k) => {
    const to = k + 1 < roles.length ? roles[k + 1].label : close;
    clause[r.role].push(...splitUnits(text, r.from, to));
  });
  return clause;
}

function labelAt(text: string, pos: number): { role: "lead" | "responsible"; end: number } | undefined {
  for (const { label, role } of ROLE_LABELS) {
    if (!text.startsWith(label, pos)) continue;
    const colon = skipSpaces(text, pos + label.length);
    if (text[colon] === ":") return { role, end: colon + 1 };
  }
  return undefined;
}

function splitUnits(text: string, from: number, to: number): UnitName[] {
  const pieces: (UnitName & { after: string })[] = [];
  let depth = 0;
  let start = from;
  let after = "";
  const cut = (end: number, sep: string) => {
    const unit = trimmed(text, start, end);
    if (unit) pieces.push({ ...unit, after });
    after = sep;
    start = end + 1;
  };
  for (let i = from; i < to; i++) {
    if (OPEN.includes(text[i])) depth++;
    else if (CLOSE.includes(text[i])) depth--;
    else if (depth === 0 && SEPARATORS.includes(text[i])) cut(i, text[i]);
  }
  cut(to, "");

  const units: UnitName[] = [];
  for (const p of pieces) {
    const prev = units[units.length - 1];
    if (prev && p.after === "、" && COLLECTIVE_HEAD.test(prev.name) && COLLECTIVE_TAIL.test(p.name)) {
      units[units.length - 1] = { name: text.slice(prev.start, p.end), start: prev.start, end: p.end };
    } else {
      units.push({ name: p.name, start: p.start, end: p.end });
    }
  }
  return units;
}

function trimmed(text: string, start: number, end: number): UnitName | undefined {
  let a = start;
  let b = end;
  while (a < b && /[\s。]/.test(text[a])) a++;
  while (a < b && /[\s。]/.test(text[b - 1])) b--;
  const tail = LIST_END.exec(text.slice(a, b));
  if (tail && tail.index > 0) b = a + tail.index;
  return a < b ? { name: text.slice(a, b), start: a, end: b } : undefined;
}

function matchingClose(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (OPEN.includes(text[i])) depth++;
    else if (CLOSE.includes(text[i]) && --depth === 0) return i;
  }
  return -1;
}

function skipSpaces(text: string, pos: number): number {
  while (pos < text.length && /\s/.test(text[pos])) pos++;
  return pos;
}

// ---------------------------------------------------------------------------
// Acting departments in prose.

/** Words after which the acting departments follow: 会同市财政局, 配合省局. */
const NAMES_FOLLOW = ["会同", "配合"];

/**
 * Words before which the acting departments stand, as the whole clause up to the
 * word: 自治区医疗保障部门负责…, 由各级医疗保障部门负责, 财政部门要会同…, 省医保局牵头.
 * Tried in this order; the first phrase found for a name is the one kept.
 */
const NAMES_PRECEDE = ["会同", "负责", "牵头", "配合", "要"];

/** Where a clause starts: the names before a trigger must fill everything from here. */
const CLAUSE_BOUNDARY = /[。;,:!?()〔〕【】“”"'《》\n]/;

/** Words that may open the clause before the names; 由 stays in the phrase, the others do not. */
const CLAUSE_OPENERS = ["并由", "均由", "分别由", "统一由", "由", "并"];

/** Words between the names and the trigger: 省医保局、省财政厅等按职责分工负责. */
const BEFORE_TRIGGER = ["按照职责分工", "按职责分工", "按职责", "等部门", "等单位", "共同", "分别", "具体", "统一", "要", "等"];

/** Between names in a list. `和` is safe here because names come from the table, which spells 人力资源和社会保障厅 whole. */
const CONNECTORS = ["以及", "、", "和", "及", "与"];

/**
 * Departments the prose names as acting, for documents without unit clauses.
 * Precision first: a name counts only when the department table knows its body
 * (医保局, 财政部门, 省局 …), so 各地, 有关部门 and 相关部门 are never returned.
 * `start`/`end` cover the name as printed; in a shared-body list like
 * 国家和省医保部门 the first name (国家医保部门) is spelled out and its span runs
 * to the end of the shared body.
 */
export function findActing(text: string): ActingName[] {
  const found = new Map<string, ActingName>();
  const add = (names: UnitName[], phraseStart: number, phraseEnd: number) => {
    for (const n of names) {
      const key = `${n.start}:${n.end}:${n.name}`;
      if (!found.has(key)) found.set(key, { ...n, phrase: text.slice(phraseStart, phraseEnd) });
    }
  };
  for (const word of NAMES_FOLLOW) {
    for (const at of occurrences(text, word)) {
      const list = readNameList(text, at + word.length);
      if (list.names.length) add(list.names, at, list.end);
    }
  }
  for (const word of NAMES_PRECEDE) {
    for (const at of occurrences(text, word)) {
      const list = namesBefore(text, at);
      if (list) add(list.names, list.phraseStart, at + word.length);
    }
  }
  return [...found.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

function occurrences(text: string, word: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) out.push(i);
  return out;
}

/** The names that fill the clause from its boundary up to `at`, or nothing if anything else stands there. */
function namesBefore(text: string, at: number): { names: UnitName[]; phraseStart: number } | undefined {
  let start = at;
  while (start > 0 && !CLAUSE_BOUNDARY.test(text[start - 1])) start--;
  let phraseStart = start;
  const opener = CLAUSE_OPENERS.find((w) => text.startsWith(w, start));
  if (opener) {
    start += opener.length;
    phraseStart = opener.endsWith("由") ? start - 1 : start;
  }
  let end = at;
  for (let more = true; more; ) {
    const w = BEFORE_TRIGGER.find((t) => end - t.length >= start && text.startsWith(t, end - t.length));
    more = w !== undefined;
    if (w) end -= w.length;
  }
  if (end <= start) return undefined;
  const list = readNameList(text, start);
  return list.names.length && list.end === end ? { names: list.names, phraseStart } : undefined;
}

/** A list of department names starting exactly at `pos`, joined by 、 和 及 与. */
function readNameList(text: string, pos: number): { names: UnitName[]; end: number } {
  const names: UnitName[] = [];
  let at = pos;
  let end = pos;
  for (;;) {
    const item = readListItem(text, at);
    if (!item) break;
    names.push(item.name);
    end = item.end;
    const connector = CONNECTORS.find((c) => text.startsWith(c, end));
    if (!connector || !readListItem(text, end + connector.length)) break;
    at = end + connector.length;
  }
  return { names, end };
}

/**
 * One item of a list: a whole name, or a bare region prefix that shares the body of
 * the next name (国家 in 国家和省医保部门 → 国家医保部门). `end` is where the list
 * continues: after the prefix for a shared body, so the next name is read in turn.
 */
function readListItem(text: string, pos: number): { name: UnitName; end: number } | undefined {
  const whole = readDepartmentName(text, pos);
  if (whole) return { name: { name: text.slice(whole.start, whole.end), start: whole.start, end: whole.end }, end: whole.end };
  const prefixEnd = readRegionPrefix(text, pos);
  if (prefixEnd === undefined) return undefined;
  for (const c of CONNECTORS) {
    if (!text.startsWith(c, prefixEnd)) continue;
    const next = readDepartmentName(text, prefixEnd + c.length);
    if (next && next.bodyStart > next.start) {
      const name = text.slice(pos, prefixEnd) + text.slice(next.bodyStart, next.end);
      return { name: { name, start: pos, end: next.end }, end: prefixEnd };
    }
  }
  return undefined;
}

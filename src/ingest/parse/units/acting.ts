/**
 * Departments a task's prose names as acting (…部门负责, 会同…, 配合…), for tasks
 * whose document assigns no unit: the weaker link. Reads NORMALIZED text and
 * returns positions in it, for Paragraph.span to map back to the original.
 */
import { readDepartmentName, readRegionPrefix } from "../../departments/canonical";
import type { UnitName } from "./names";

/** A department the prose names as acting, with the phrase that shows it (`会同市财政局`). */
export interface ActingName {
  name: string;
  phrase: string;
  start: number;
  end: number;
}

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
export function readNameList(text: string, pos: number): { names: UnitName[]; end: number } {
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

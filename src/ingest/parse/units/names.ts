/**
 * Lists of unit names as documents print them: split at 、 , ; and spaces (a table
 * cell also at line breaks), never inside brackets (区市场监管局(区药监局) is one
 * body), with collectives kept whole (各地(市)委、行署(政府)) and a closing 等 / 等部门
 * left off. Reads NORMALIZED text; positions are in it.
 */

/** A unit exactly as printed (normalized form), with its position in the text. */
export interface UnitName {
  name: string;
  start: number;
  end: number;
}

export const OPEN = "〔([【";
export const CLOSE = "〕)]】";

/** Between units of one list. */
const SEPARATORS = "、,;\n\t ";

/**
 * 各地(市)委、行署(政府) is ONE collective: the prefecture party committees and
 * administrative offices of every prefecture, with 各地(市) shared by both halves.
 * A piece after 、 continues the previous one when that is an 各…委 and this one a
 * government body without its own prefix; `行署(政府)` alone would name nobody.
 */
const COLLECTIVE_HEAD = /^各.+委$/;
const COLLECTIVE_TAIL = /^(?:行署|行政公署|人民政府|政府)/;

/** Trailing words that close a list without being part of a name: 区财政厅等, 等有关部门. */
const LIST_END = /(?:等有关部门|等相关部门|等有关单位|等部门|等单位|等)$/;

/**
 * How the names of organizations end (局, 厅, 委员会, 办, 政府, 行署 …), or a
 * collective (各市(州)人民政府, 有关部门): what a list must hold to be read as units
 * where no label says so.
 */
const ORG_END =
  /(?:局|厅|委|委员会|办|办公室|部|院|会|中心|政府|部门|单位|行署|党委|工会|公司|所|队|处|室|站|行|署|集团|协会|机构|小组|团|支队|总队|分局|联社|法院|检察院)$/;

export function isOrgName(name: string): boolean {
  const outer = name.replace(/\([^()]*\)/g, "").trim();
  return outer.length >= 2 && outer.length <= 40 && (ORG_END.test(outer) || /^各/.test(outer)) && !/[。:;!?]/.test(outer);
}

/** Splits `text[from, to)` into unit names. */
export function splitUnitNames(text: string, from: number, to: number): UnitName[] {
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
    else if (CLOSE.includes(text[i])) depth = Math.max(0, depth - 1);
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
  while (a < b && /[\s。,、;]/.test(text[a])) a++;
  while (a < b && /[\s。,、;]/.test(text[b - 1])) b--;
  const tail = LIST_END.exec(text.slice(a, b));
  if (tail && tail.index > 0) b = a + tail.index;
  return a < b ? { name: text.slice(a, b), start: a, end: b } : undefined;
}

/** The index of the bracket that closes the one opening at `open`, or -1. */
export function matchingClose(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (OPEN.includes(text[i])) depth++;
    else if (CLOSE.includes(text[i]) && --depth === 0) return i;
  }
  return -1;
}

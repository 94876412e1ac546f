/**
 * The numbering marks that Chinese government documents print in front of
 * headings and items, read on the normalized text (simplified, half-width, so
 * （一） is (一) and １． is 1.). This file only recognizes them; which level a
 * mark takes in one document is decided by the outline grammar (outline.ts), from
 * the order in which the marks open there.
 */

export type Marker =
  | "zhang" // 第三章, 第一部分, 第二篇
  | "jie" // 第二节
  | "cnList" // 三、
  | "cnParen" // (二) 〔二〕
  | "numDot" // 4.  4、
  | "numParen" // (4)
  | "circled" // ④
  | "dash" // ——lead phrase。
  | "column"; // 专栏5

export interface MarkerMatch {
  marker: Marker;
  /** As printed: `三`, `12`, `④`. Undefined for a dash. */
  number?: string;
  value?: number;
  /** Where the content after the mark starts. */
  contentStart: number;
}

const CN = "一二三四五六七八九十百零〇";

const PATTERNS: [Marker, RegExp][] = [
  ["zhang", new RegExp(`^第([${CN}\\d]+)(?:章|篇|部分)\\s*`)],
  ["jie", new RegExp(`^第([${CN}\\d]+)节\\s*`)],
  ["cnList", /^([一二三四五六七八九十]+)\s*、\s*/],
  ["cnParen", /^[(〔]\s*([一二三四五六七八九十]+)\s*[)〕]\s*/],
  ["numDot", /^(\d{1,2})\s*[.、](?!\d)\s*/],
  ["numParen", /^[(〔]\s*(\d{1,2})\s*[)〕]\s*/],
  ["circled", /^([①-⑳])\s*/],
  ["dash", /^—{2}\s*/],
  ["column", /^专栏\s*(\d+)\s*[:.、]?\s*/],
];

export function matchMarker(text: string): MarkerMatch | undefined {
  for (const [marker, pattern] of PATTERNS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const number = m[1];
    return { marker, number, value: number === undefined ? undefined : numberValue(number), contentStart: m[0].length };
  }
  return undefined;
}

/** `12` → 12, `三` → 3, `二十二` → 22, `④` → 4. */
export function numberValue(printed: string): number | undefined {
  if (/^\d+$/.test(printed)) return Number(printed);
  if (/^[①-⑳]$/.test(printed)) return printed.charCodeAt(0) - 0x2460 + 1;
  return chineseNumber(printed);
}

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Chinese numerals up to 999 (`十二`, `二十`, `一百零五`), or digit by digit (`二〇二一`). */
export function chineseNumber(text: string): number | undefined {
  if (!text || ![...text].every((ch) => ch in DIGITS || ch === "十" || ch === "百")) return undefined;
  if (!/[十百]/.test(text)) return Number([...text].map((ch) => DIGITS[ch]).join(""));
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch === "百") {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (ch === "十") {
      total += (digit || 1) * 10;
      digit = 0;
    } else digit = DIGITS[ch];
  }
  return total + digit;
}

/**
 * A lead phrase: the paragraph's first sentence when it is a short phrase that
 * titles the paragraph (`完善医疗救助制度。`): at most 30 characters, no
 * semicolon or colon. `strict`: no comma either. `paired`: two short clauses
 * joined by one comma (`加强宣传教育,提高法治意识。`), which documents print as a
 * lead phrase as often as the single form, but which an introduction also opens
 * with; the outline grammar decides by position. Returns the index of the `。`.
 */
export function leadPhraseEnd(text: string, from = 0, paired = false): number {
  const m = /^[^。;:!?]{2,30}。/.exec(text.slice(from));
  if (!m) return -1;
  const commas = (m[0].match(/,/g) ?? []).length;
  if (commas === 0) return from + m[0].length - 1;
  if (!paired || commas > 1) return -1;
  const [a, b] = m[0].slice(0, -1).split(",");
  return a.length >= 4 && b.length >= 4 ? from + m[0].length - 1 : -1;
}

/** A title of a box printed without `专栏N`: a short line with no sentence punctuation. */
export function isBoxTitle(text: string): boolean {
  return /^[^。,;:!?、]{4,30}$/.test(text) && !/^[\d\s.%<>=-]+$/.test(text) && matchMarker(text) === undefined;
}

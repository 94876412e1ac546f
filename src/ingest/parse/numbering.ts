/**
 * The numbering marks that plans print in front of headings and items, read on the
 * normalized text (simplified, half-width). Which mark means which level is the
 * style's business (registry.ts); this file only recognizes them.
 */

export type Marker =
  | "zhang" // 第三章
  | "jie" // 第二节
  | "cnList" // 三、
  | "cnParen" // (二)
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
  ["zhang", new RegExp(`^第([${CN}\\d]+)章\\s*`)],
  ["jie", new RegExp(`^第([${CN}\\d]+)节\\s*`)],
  ["cnList", /^([一二三四五六七八九十]+)、\s*/],
  ["cnParen", /^[(〔]([一二三四五六七八九十]+)[)〕]\s*/],
  ["numDot", /^(\d{1,2})\s*[.、](?!\d)\s*/],
  ["numParen", /^\((\d{1,2})\)\s*/],
  ["circled", /^([①-⑳])\s*/],
  ["dash", /^——\s*/],
  ["column", /^专栏\s*(\d+)\s*/],
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
 * A lead phrase: the paragraph's first sentence when it is a short phrase
 * (`完善医疗救助制度。`): at most 30 characters, no comma, semicolon or colon.
 * Returns the index of its `。` in `text`, or -1.
 */
export function leadPhraseEnd(text: string, from = 0): number {
  const m = /^[^。,;:!?]{2,30}。/.exec(text.slice(from));
  return m ? from + m[0].length - 1 : -1;
}

/** A title of a box printed without `专栏N`: a short line with no sentence punctuation. */
export function isBoxTitle(text: string): boolean {
  return /^[^。,;:!?、]{4,30}$/.test(text) && !/^[\d\s.%<>=-]+$/.test(text) && matchMarker(text) === undefined;
}

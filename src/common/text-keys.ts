/**
 * The text keys that reading and lineage both match on: traditional folded to
 * simplified, full-width punctuation to half-width, whitespace dropped. What we
 * show is always the printed form; these keys are for matching only.
 */
import * as OpenCC from "opencc-js";

// 'hk' covers the Hong Kong/Guangdong forms (e.g. 関/關) that plain 't' misses.
const t2s = OpenCC.Converter({ from: "hk", to: "cn" });
const s2t = OpenCC.Converter({ from: "cn", to: "t" });

/**
 * Traditional → simplified, one character for one character, so positions in the
 * normalized text still map to the original. OpenCC's phrase rules almost always
 * keep the length; when they do not, we fall back to character-by-character.
 */
export function toSimplified(text: string): string {
  const whole = t2s(text);
  if (whole.length === text.length) return whole;
  return Array.from(text, (ch) => {
    const one = t2s(ch);
    return one.length === ch.length ? one : ch;
  }).join("");
}

export function toTraditional(text: string): string {
  return s2t(text);
}

/** Full-width punctuation and odd spaces that documents mix with their half-width twins. One char → one char. */
const FOLD: Record<string, string> = {
  "（": "(",
  "）": ")",
  "：": ":",
  "；": ";",
  "，": ",",
  "！": "!",
  "？": "?",
  "％": "%",
  "＞": ">",
  "＜": "<",
  "＝": "=",
  "．": ".",
  "\u00a0": " ",
  "\u3000": " ",
  "\u2002": " ",
  "\u2003": " ",
  "\u200b": " ",
  "\ufeff": " ",
  "～": "~",
  "—": "—",
  "－": "-",
};

export function foldPunctuation(text: string): string {
  let out = "";
  for (const ch of text) {
    const f = FOLD[ch];
    if (f !== undefined) out += f;
    else if (ch >= "０" && ch <= "９") out += String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
    else out += ch;
  }
  return out;
}

/**
 * Characters that print nothing: C0 controls and DEL, the soft hyphen, zero-width spaces,
 * joiners and direction marks, the bidirectional embeddings, overrides and isolates, the word
 * joiner, the byte-order mark. None is part of a word a
 * reader sees, so a query wrapped in them must find what the plain word finds.
 */
const INVISIBLE = /[\u0000-\u001f\u007f\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

/** Each invisible character (see INVISIBLE) as a space: words they separated stay separate. */
export function blankInvisible(text: string): string {
  return text.replace(INVISIBLE, " ");
}

/**
 * The form used for matching across plans and scripts: simplified, folded punctuation, no
 * whitespace and no invisible characters. Stored search text (searchText) and the text a
 * filter is given both go through here, so they are compared in the same form.
 */
export function matchKey(text: string): string {
  return blankInvisible(foldPunctuation(toSimplified(text))).replace(/\s+/g, "");
}

/** A plan title's key for matching citations: simplified, no quotes, no whitespace. */
export function titleKey(title: string): string {
  return matchKey(title).replace(/[《》“”"‘’'「」『』\s]/g, "");
}

/** A 文号's key: 〔〕, [], (), spaces and the script (中發/中发) vary in how one is printed. */
export function docNumberKey(docNumber: string): string {
  return matchKey(docNumber).replace(/[〔〕[\]()［］【】]/g, "");
}

/** Dash variants that mean "empty cell". */
export function isEmptyCell(text: string): boolean {
  return /^\s*(?:[—–\-－]{1,3}|\/|无)?\s*$/.test(text);
}

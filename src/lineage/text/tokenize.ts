import { foldPunctuation, toSimplified } from "../../common/text-keys";

/**
 * Text as the scorer reads it. Chinese has no spaces and we ship no segmentation
 * model, so similarity works on overlapping character bigrams (the same idea as
 * Lucene's CJK analyzer), on simplified text with punctuation folded, so that a
 * traditional-script plan compares with a simplified one.
 */

/** A unit clause (〔牵头单位:…;责任单位:…〕) names departments, not the task: it runs to the end of the task. */
const UNIT_CLAUSE = /[〔(\[【]?\s*(?:牵头单位|责任单位)\s*[:：][\s\S]*$/;
/** Outline markers that precede a lead phrase: ——, 1., 一、, (一), 第一节, 专栏3. */
const LEADING_MARKER = /^(?:—+|-{2,}|\d{1,2}\s*[.、]|[一二三四五六七八九十]{1,3}、|\(\s*[一二三四五六七八九十\d]{1,3}\s*\)|第[一二三四五六七八九十]{1,3}[章节]|专栏\s*\d{0,2})\s*/;
const MARKUP = /<\/?sup>|\*\*|#+/g;

/** Simplified, folded, without whitespace, markup, outline marker or unit clause. */
export function cleanText(text: string): string {
  return cleanTextMapped(text).text;
}

/** A text as the scorer reads it, with `map[i]` the index in the original text of the character `text[i]` came from. */
export interface MappedText {
  text: string;
  map: number[];
}

/**
 * `cleanText` keeping, like the normalizer's column maps, where each character it
 * keeps came from, so that a sentence compared in this form is traced back to its
 * characters as printed.
 */
export function cleanTextMapped(original: string): MappedText {
  const markup = new Uint8Array(original.length);
  for (const m of original.matchAll(MARKUP)) markup.fill(1, m.index!, m.index! + m[0].length);
  let stripped = "";
  const at: number[] = [];
  for (let i = 0; i < original.length; i++) {
    if (markup[i]) continue;
    stripped += original[i];
    at.push(i);
  }
  const simple = simplifiedMapped(stripped, at);
  let text = "";
  let map: number[] = [];
  for (let i = 0; i < simple.text.length; i++) {
    const ch = foldPunctuation(simple.text[i]);
    if (/\s/.test(ch)) continue;
    text += ch;
    map.push(simple.map[i]);
  }
  for (let i = 0; i < 2; i++) {
    const cut = LEADING_MARKER.exec(text)?.[0].length ?? 0;
    [text, map] = [text.slice(cut), map.slice(cut)];
  }
  const unit = UNIT_CLAUSE.exec(text);
  if (unit) [text, map] = [text.slice(0, unit.index), map.slice(0, unit.index)];
  return { text, map };
}

/**
 * Simplified script over the whole text (OpenCC's phrase rules need the context),
 * which `toSimplified` keeps one unit for one; should a conversion change the length,
 * each character is converted alone and its output mapped to it.
 */
function simplifiedMapped(text: string, at: number[]): MappedText {
  const whole = toSimplified(text);
  if (whole.length === text.length) return { text: whole, map: at };
  let out = "";
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    const one = toSimplified(ch);
    for (let k = 0; k < one.length; k++) map.push(at[i + Math.min(k, ch.length - 1)]);
    out += one;
    i += ch.length;
  }
  return { text: out, map };
}

/** A sentence of a cleaned text and where it sits in it: `text` = `cleaned.slice(start, end)`. */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

/** Sentences of a cleaned text (。;!? end one), trimmed of empties; evidence is aligned on these. */
export function sentences(cleaned: string): string[] {
  return sentenceSpans(cleaned).map((s) => s.text);
}

export function sentenceSpans(cleaned: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let at = 0;
  for (const piece of cleaned.split(/(?<=[。;!?])/)) {
    const start = at + piece.length - piece.trimStart().length;
    const text = piece.trim();
    at += piece.length;
    if (text.replace(/[。;!?,、]/g, "").length >= 2) out.push({ text, start, end: start + text.length });
  }
  return out;
}

const HAN = /[\u3400-\u9fff]/;

/**
 * Character bigrams within runs of Han characters, plus Latin words (DRG, DIP,
 * lowercased). Digits and punctuation break runs: years and quantities say little
 * about which task it is.
 */
export function grams(cleaned: string): string[] {
  const out: string[] = [];
  let run = "";
  let latin = "";
  const flush = () => {
    if (run.length === 1) out.push(run);
    for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
    if (latin.length >= 2) out.push(latin.toLowerCase());
    run = "";
    latin = "";
  };
  for (const ch of cleaned) {
    if (HAN.test(ch)) {
      if (latin) flush();
      run += ch;
    } else if (/[A-Za-z]/.test(ch)) {
      if (run) flush();
      latin += ch;
    } else flush();
  }
  flush();
  return out;
}

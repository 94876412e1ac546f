import { matchKey } from "../ingest/normalize/chars";

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
  let s = matchKey(text.replace(MARKUP, ""));
  for (let i = 0; i < 2; i++) s = s.replace(LEADING_MARKER, "");
  return s.replace(UNIT_CLAUSE, "");
}

/** Sentences of a cleaned text (。;!? end one), trimmed of empties; evidence is aligned on these. */
export function sentences(cleaned: string): string[] {
  return cleaned
    .split(/(?<=[。;!?])/)
    .map((s) => s.trim())
    .filter((s) => s.replace(/[。;!?,、]/g, "").length >= 2);
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

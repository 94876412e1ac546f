import type { Paragraph } from "../normalize/paragraphs";
import { matchMarker } from "./numbering";

/**
 * A piece of a paragraph that the outline reads as one unit: usually the whole
 * paragraph, but a paragraph can hold two tasks (`…〕5.完善…`) or several box
 * items (`<p>…</p> <p>…</p>`, where the markup opened blocks inside one line).
 */
export interface Slice {
  para: Paragraph;
  start: number;
  end: number;
  /** `para.text.slice(start, end)`. */
  text: string;
  /** The line was a markdown heading (`## 5. …`): never an item inside a 专栏 box. */
  markdownHeading: boolean;
  /** A short line without sentence punctuation right above an indicator table: its caption. */
  caption: boolean;
}

export function toSlices(paras: Paragraph[], tableLines: Set<number>): Slice[] {
  const out: Slice[] = [];
  paras.forEach((para, i) => {
    if (inTable(para, tableLines)) return;
    const markdownHeading = para.markup.heading !== undefined;
    const caption = i + 1 < paras.length && inTable(paras[i + 1], tableLines) && /^[^。,;]{1,40}$/.test(para.text);
    const cuts = [0, ...para.breaks, ...runOnCuts(para.text), para.text.length];
    const sorted = [...new Set(cuts)].sort((a, b) => a - b);
    for (let i = 0; i + 1 < sorted.length; i++) {
      let [start, end] = [sorted[i], sorted[i + 1]];
      while (start < end && /\s/.test(para.text[start])) start++;
      while (end > start && /\s/.test(para.text[end - 1])) end--;
      if (end > start) out.push({ para, start, end, text: para.text.slice(start, end), markdownHeading, caption });
    }
  });
  return out;
}

function inTable(para: Paragraph, tableLines: Set<number>): boolean {
  for (let line = para.line; line <= para.endLine; line++) if (tableLines.has(line)) return true;
  return false;
}

/** Where the next number starts inside a numbered paragraph: `…〕5.完善…` after `4.…`. */
function runOnCuts(text: string): number[] {
  const first = matchMarker(text);
  if (first?.marker !== "numDot" || first.value === undefined) return [];
  const cuts: number[] = [];
  let expected = first.value + 1;
  const pattern = /(?<=[。〕)\]」”])\s*(\d{1,2})\s*[.、](?!\d)/g;
  for (const m of text.matchAll(pattern)) {
    if (Number(m[1]) !== expected) continue;
    cuts.push(m.index! + m[0].length - m[0].trimStart().length);
    expected++;
  }
  return cuts;
}

import type { Paragraph } from "../normalize/paragraphs";
import type { SourceText } from "../normalize/source-text";
import { matchMarker } from "./numbering";

/**
 * A piece of a paragraph that the outline reads as one unit: usually the whole
 * paragraph, but a paragraph can hold two tasks (`…〕5.完善…`) or several box
 * items (`<p>…</p> <p>…</p>`).
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

export function toSlices(source: SourceText, paras: Paragraph[], tableLines: Set<number>, splitRunOn: boolean): Slice[] {
  const out: Slice[] = [];
  paras.forEach((para, i) => {
    if (inTable(para, tableLines)) return;
    const markdownHeading = /^\s*#{1,6}\s/.test(source.line(para.line).raw);
    const caption = i + 1 < paras.length && inTable(paras[i + 1], tableLines) && /^[^。,;]{1,40}$/.test(para.text);
    const cuts = [0, ...htmlItemCuts(para.text), ...(splitRunOn ? runOnCuts(para.text) : []), para.text.length];
    const sorted = [...new Set(cuts)].sort((a, b) => a - b);
    for (let i = 0; i + 1 < sorted.length; i++) {
      const [start, end] = trimHtml(para.text, sorted[i], sorted[i + 1]);
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

/** Each `<p>` of a paragraph that a converter left as HTML starts an item of its own. */
function htmlItemCuts(text: string): number[] {
  return [...text.matchAll(/<p>/g)].map((m) => m.index!).filter((at) => at > 0);
}

function trimHtml(text: string, start: number, end: number): [number, number] {
  const piece = text.slice(start, end);
  const lead = /^\s*(?:<p>\s*)?/.exec(piece)![0].length;
  const tail = /\s*(?:<\/p>\s*)?$/.exec(piece)![0].length;
  return [start + lead, Math.max(start + lead, end - tail)];
}

import { foldPunctuation } from "../../common/text-keys";
import { HEADING_START } from "../../ingest/normalize/paragraphs";
import { leadPhraseEnd } from "../../ingest/parse/numbering";
import type { GenKind, GenNode, GenPlan } from "../model";
import type { TruthUnits } from "../truth";
import { Rng } from "../random";

/** A printed document and where each outline item landed, in the parser's path scheme. */
export interface Printed {
  text: string;
  /** Node key → the path the parser gives the item (`3/2/4`, `c5/2`). */
  paths: Map<string, string>;
  /** How many items of each kind the parser must read back. */
  counts: Record<GenKind, number>;
  /** Indicator rows printed (the parser must read as many). */
  indicators: number;
  /** The units each task was printed with. */
  units: TruthUnits[];
}

/** Collects lines and records each item's path as it is printed. */
export class Printer {
  readonly lines: string[] = [];
  readonly paths = new Map<string, string>();
  readonly counts: Record<GenKind, number> = { CHAPTER: 0, SECTION: 0, TASK: 0, COLUMN: 0, COLUMN_ITEM: 0 };
  /** The units each task was printed with, as printed: the truth the reader must read back. */
  readonly units: TruthUnits[] = [];

  constructor(readonly rng: Rng) {}

  /** A paragraph, then the blank line that separates paragraphs (sometimes a line holding only a no-break space, as in Tibet's). */
  para(text: string): void {
    this.lines.push(text, this.rng.chance(0.1) ? "\u00a0" : "");
  }

  /** A long paragraph sometimes printed across a page break: a blank line in mid-sentence, which the parser rejoins. */
  prose(text: string): void {
    const cut = this.rng.chance(0.05) ? pageBreakAt(text, this.rng) : -1;
    if (cut < 0) return this.para(text);
    this.lines.push(text.slice(0, cut), "");
    this.para(text.slice(cut));
  }

  item(node: GenNode, path: string): void {
    this.paths.set(node.key, path);
    this.counts[node.kind]++;
  }

  finish(indicators: number): Printed {
    let text = this.lines.join("\n");
    // Half the documents print full-width commas and brackets, as the Changchun seed does.
    if (this.rng.chance(0.5)) text = text.replace(/,/g, "，").replace(/\((?=[一二三四五六七八九十]+\))/g, "（").replace(/(?<=（[一二三四五六七八九十]+)\)/g, "）");
    text = text.replace(/\n+$/, "") + (this.rng.chance(0.8) ? "\n" : "");
    return { text, paths: this.paths, counts: this.counts, indicators, units: this.units };
  }
}

/**
 * Where a paragraph can be cut by a page break so that the parser still rejoins it:
 * inside a sentence, the first part long prose not ending a sentence, the second
 * starting with no mark that opens an outline item. -1 when there is no such place.
 */
function pageBreakAt(text: string, rng: Rng): number {
  if (text.length < 60) return -1;
  for (let attempt = 0; attempt < 8; attempt++) {
    const at = rng.int(25, text.length - 10);
    const before = foldPunctuation(text.slice(0, at));
    const after = foldPunctuation(text.slice(at));
    if (!/[\u4e00-\u9fff]$/.test(before) || !/[。,、;:]/.test(before)) continue;
    if (HEADING_START.test(after) || /^[\s#|]/.test(after)) continue;
    // Never inside a cited title: the parser keeps a citation's title as printed, page break included.
    if ((before.match(/《/g)?.length ?? 0) !== (before.match(/》/g)?.length ?? 0)) continue;
    return at;
  }
  return -1;
}

const CN_DIGITS = "零一二三四五六七八九";

/** 1 → 一, 12 → 十二, 23 → 二十三 (the numbering headings print). */
export function cn(n: number): string {
  if (n < 10) return CN_DIGITS[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? "" : CN_DIGITS[tens]}十${n % 10 ? CN_DIGITS[n % 10] : ""}`;
}

/** An introduction the parser must not take for a lead-phrase task: its first sentence is made long enough. */
export function intro(body: string): string {
  return body && leadPhraseEnd(foldPunctuation(body)) >= 0 ? `坚持问题导向,${body}` : body;
}

export function sentenceEnd(text: string): string {
  return !text || /[。〕)]$/.test(text) ? text : `${text}。`;
}

/** `2021-12-20` → `2021年12月20日`. */
export function printedDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

/** The basis sentence of a preamble: every cited title in 《》, the parent's first. */
export function basis(plan: GenPlan): string {
  return plan.cites.map((t) => `《${t}》`).join("");
}

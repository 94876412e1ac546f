import type { DroppedLine } from "../model";
import type { NormLine } from "./source-text";

/**
 * Lines that are not part of the document: what a web page, a printer or a
 * converter put around it. Each dropped line keeps its number and the rule that
 * dropped it, so the summary can say what was left out and why.
 */

/**
 * Web-page furniture and spam that scrapers leave around a document. Data, not
 * code: a new site's furniture is one more row. Matched on the normalized
 * (simplified, half-width) text of a whole line.
 */
const WEB_FURNITURE: { pattern: RegExp; reason: string }[] = [
  { pattern: /^\?{3,}$|^[\?\s]{6,}$/, reason: "mojibake (a line of question marks)" },
  { pattern: /扫一扫在手机打开|扫一扫在手机上查看|在手机打开当前页/, reason: "web page furniture (QR prompt)" },
  { pattern: /^分享(到)?:?\s*$/, reason: "web page furniture (share)" },
  { pattern: /^(来源|信息来源):.*(访问量|浏览次数|发布时间)/, reason: "web page furniture (source/visits)" },
  { pattern: /^【?(打印本页|关闭窗口|字体:|字号:)/, reason: "web page furniture (print/close)" },
  { pattern: /(在线观看|视频在线|免费视频|人成|精品热|无码|av)/i, reason: "spam (injected advertising)" },
];

/** A printed page number: `- 3 -`, `— 3 —`, `·3·`, `第 3 页`, `第3页 共20页`, `3/20`. */
const FOLIO = /^(?:[-—–·]+\s*\d{1,4}\s*[-—–·]+|第\s*\d{1,4}\s*页(?:\s*[,/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;
/** A bare number on a line is a page number only as part of a run that counts pages (see `bareFolios`). */
const BARE_NUMBER = /^\d{1,4}$/;
/** Lines near a page number that repeat on most pages: the running header or footer. */
const RUNNING_WINDOW = 3;
const RUNNING_MAX = 40;

/** Returns the lines to drop, each with its reason; the caller skips them so line numbers stay true. */
export function findFurniture(lines: NormLine[]): DroppedLine[] {
  const dropped = new Map<number, DroppedLine>();
  const drop = (line: NormLine, reason: string) => {
    if (!dropped.has(line.no)) dropped.set(line.no, { line: line.no, text: line.raw, reason });
  };
  for (const line of lines) {
    if (line.markup.rule) drop(line, `markup: ${line.markup.rule}`);
    if (!line.text) continue;
    const hit = WEB_FURNITURE.find((f) => f.pattern.test(line.text));
    if (hit) drop(line, hit.reason);
    else if (FOLIO.test(line.text) && !line.markup.cells) drop(line, "page number");
  }
  for (const line of bareFolios(lines)) drop(line, "page number");
  for (const line of runningLines(lines, new Set(dropped.keys()))) drop(line, "running page header or footer");
  return [...dropped.values()].sort((a, b) => a.line - b.line);
}

/** Lines of text a page holds at least: a table's 序号 column counts up too, but a row or two apart. */
const MIN_PAGE_LINES = 12;

/**
 * Bare numbers that count the pages: at least three, rising one at a time (a page
 * may print none), each a page of text after the previous. A table printed one cell
 * per line has numbers too (its 序号), but not a page apart.
 */
function bareFolios(lines: NormLine[]): NormLine[] {
  const textBefore: number[] = [];
  let count = 0;
  for (const l of lines) {
    textBefore[l.no] = count;
    if (l.text) count++;
  }
  const bare = lines.filter((l) => BARE_NUMBER.test(l.text) && !l.markup.cells);
  let best: NormLine[] = [];
  for (let i = 0; i < bare.length; i++) {
    const run = [bare[i]];
    for (let j = i + 1; j < bare.length; j++) {
      const last = run[run.length - 1];
      const step = Number(bare[j].text) - Number(last.text);
      if (step >= 1 && step <= 2 && textBefore[bare[j].no] - textBefore[last.no] > MIN_PAGE_LINES) run.push(bare[j]);
    }
    if (run.length > best.length) best = run;
  }
  return best.length >= 3 ? best : [];
}

/**
 * A running header or footer: a short line without a full stop printed within a
 * few lines of at least two page numbers. Without page numbers no line is taken
 * for one: a repeated line alone may be a table's repeated header.
 */
function runningLines(lines: NormLine[], dropped: Set<number>): NormLine[] {
  const folios = lines.filter((l) => dropped.has(l.no) && l.text && (FOLIO.test(l.text) || BARE_NUMBER.test(l.text)));
  if (folios.length < 2) return [];
  const near = new Map<string, NormLine[]>();
  for (const folio of folios) {
    const i = folio.no - 1;
    for (const dir of [-1, 1]) {
      let seen = 0;
      for (let k = i + dir; k >= 0 && k < lines.length && seen < RUNNING_WINDOW; k += dir) {
        const line = lines[k];
        if (!line.text || dropped.has(line.no)) continue;
        seen++;
        if (line.text.length > RUNNING_MAX || line.text.includes("。") || line.markup.cells) continue;
        near.set(line.text, [...(near.get(line.text) ?? []), line]);
      }
    }
  }
  const out: NormLine[] = [];
  for (const group of near.values()) {
    const distinct = [...new Map(group.map((l) => [l.no, l])).values()];
    if (distinct.length >= Math.max(2, Math.ceil(folios.length / 2))) out.push(...distinct);
  }
  return out;
}

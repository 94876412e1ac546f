import type { DroppedLine } from "../model";
import type { NormLine } from "./source-text";

/**
 * Web-page furniture and spam that scrapers leave around a document. Data, not
 * code: a new site's furniture is one more row. Matched on the normalized
 * (simplified, half-width) text of a whole line.
 */
const FURNITURE: { pattern: RegExp; reason: string }[] = [
  { pattern: /^\?{3,}$|^[\?\s]{6,}$/, reason: "mojibake (a line of question marks)" },
  { pattern: /扫一扫在手机打开|扫一扫在手机上查看|在手机打开当前页/, reason: "web page furniture (QR prompt)" },
  { pattern: /^分享(到)?:?\s*$/, reason: "web page furniture (share)" },
  { pattern: /^(来源|信息来源):.*(访问量|浏览次数|发布时间)/, reason: "web page furniture (source/visits)" },
  { pattern: /^【?(打印本页|关闭窗口|字体:|字号:)/, reason: "web page furniture (print/close)" },
  { pattern: /(在线观看|视频在线|免费视频|人成|精品热|无码|av)/i, reason: "spam (injected advertising)" },
];

/** Returns the lines to drop, each with its reason; the caller blanks them so line numbers stay true. */
export function findFurniture(lines: NormLine[]): DroppedLine[] {
  const dropped: DroppedLine[] = [];
  for (const line of lines) {
    if (!line.text) continue;
    const hit = FURNITURE.find((f) => f.pattern.test(line.text));
    if (hit) dropped.push({ line: line.no, text: line.raw, reason: hit.reason });
  }
  return dropped;
}

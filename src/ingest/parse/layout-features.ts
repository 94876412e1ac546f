import { toSimplified } from "../../common/text-keys";
import type { DroppedLine } from "../model";
import { visualWidth } from "../normalize/paragraphs";
import type { SourceText } from "../normalize/source-text";

/**
 * What the reader found of a document's layout, in words for the summary
 * (`markdown headings`, `pipe tables`, `traditional script` …). Informative only:
 * nothing is read differently because of it.
 */
export function layoutFeatures(source: SourceText, skip: Set<number>, dropped: DroppedLine[]): string[] {
  const lines = source.lines.filter((l) => !skip.has(l.no));
  const count = (test: (l: (typeof lines)[number]) => boolean) => lines.filter(test).length;
  const out: string[] = [];
  const add = (n: number, what: string) => n > 0 && out.push(`${what} (${n})`);
  add(count((l) => l.markup.heading !== undefined), "markdown headings");
  add(count((l) => (l.markup.quote ?? 0) > 0), "blockquotes");
  add(count((l) => l.markup.cells !== undefined && /^\s*\|/.test(l.raw)), "pipe table rows");
  add(count((l) => l.markup.cells !== undefined && l.raw.includes("\t")), "tab-separated rows");
  add(count((l) => /<\/?[a-z]+[\s>]/i.test(l.raw)), "HTML tags");
  add(dropped.filter((d) => d.reason === "page number").length, "page numbers");
  let cjk = 0;
  let traditional = 0;
  for (const l of lines) {
    const simple = toSimplified(l.raw);
    for (let i = 0; i < l.raw.length; i++) {
      if (l.raw[i] < "\u4e00" || l.raw[i] > "\u9fff") continue;
      cjk++;
      if (simple[i] !== l.raw[i]) traditional++;
    }
  }
  if (cjk && traditional / cjk > 0.05) out.push("traditional script");
  const full = count((l) => /[，；：（）]/.test(l.raw));
  const half = count((l) => /[\u4e00-\u9fff][,;:()]|[,;:()][\u4e00-\u9fff]/.test(l.raw));
  if (full && half) out.push("full- and half-width punctuation mixed");
  const widths = lines.filter((l) => l.text).map((l) => visualWidth(l.raw.trim()));
  if (widths.length && widths.filter((w) => w >= 12 && w <= 45).length > widths.length / 2) out.push("short lines (hard-wrapped text)");
  return out;
}

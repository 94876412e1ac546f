import type { RemovalLog } from "../types";
import type { PrintedLine } from "./lines";

const text = (l: PrintedLine): string => l.segments.map((s) => s.text).join(" ");

/** Page numbers as Chinese documents print them: "- 3 -", "— 3 —", "第3页", "第 3 页 共 20 页", "3/20", a bare 3. */
const DECORATED_NUMBER = /^(?:[-—–－~～·•\s]*\d{1,4}[-—–－~～·•\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/i;
const BARE_NUMBER = /^\d{1,4}$/;

/** How many lines at the top and at the bottom of a page may be furniture. */
const BAND = 2;

/**
 * Removes what the printer adds to every page: running headers and footers (the same
 * line, digits aside, at the same height on most pages) and page numbers (a
 * decorated number at the top or foot of a page, or a bare one that counts with the
 * pages). A bare number inside the text, a table cell of one figure, stays.
 */
export function removeFurniture(pages: PrintedLine[][], removed: RemovalLog): PrintedLine[][] {
  const drop = new Set<PrintedLine>();
  const rule = new Map<PrintedLine, string>();
  const mark = (l: PrintedLine, r: string) => {
    drop.add(l);
    rule.set(l, r);
  };

  // Running lines: same text (digits folded) at the same height on at least half the pages, two at least.
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  const seen = new Map<string, PrintedLine[]>();
  pages.forEach((lines) => {
    const band = [...lines.slice(0, BAND).map((l) => ["top", l] as const), ...lines.slice(-BAND).map((l) => ["bottom", l] as const)];
    for (const [where, l] of band) {
      const key = `${where}|${Math.round(l.y / 4)}|${text(l).replace(/\d+/g, "#").replace(/\s+/g, "")}`;
      const list = seen.get(key) ?? [];
      if (!list.includes(l)) list.push(l);
      seen.set(key, list);
    }
  });
  for (const [key, list] of seen) {
    if (new Set(list.map((l) => l.page)).size < needed) continue;
    const where = key.split("|")[0];
    for (const l of list) mark(l, DECORATED_NUMBER.test(text(l)) ? "page number" : where === "top" ? "page header" : "page footer");
  }

  // Page numbers at the very top or foot of a page, which need not repeat (a one-page document, a first page without one).
  const bare: { line: PrintedLine; offset: number }[] = [];
  for (const lines of pages) {
    const rest = lines.filter((l) => !drop.has(l));
    for (const l of [rest[0], rest[rest.length - 1]]) {
      if (!l) continue;
      const t = text(l).trim();
      if (BARE_NUMBER.test(t)) bare.push({ line: l, offset: Number(t) - l.page });
      else if (DECORATED_NUMBER.test(t) && /[-—–－~～第\/]|page/i.test(t)) mark(l, "page number");
    }
  }
  // A bare number is a page number only when it counts with the pages (the offset is the same on most of them).
  const offsets = new Map<number, number>();
  for (const b of bare) offsets.set(b.offset, (offsets.get(b.offset) ?? 0) + 1);
  for (const b of bare) if ((offsets.get(b.offset) ?? 0) >= Math.max(2, bare.length / 2)) mark(b.line, "page number");

  for (const l of drop) removed.add(rule.get(l)!, text(l));
  return pages.map((lines) => lines.filter((l) => !drop.has(l)));
}

import type { RemovalLog } from "../types";
import { attr, children, cjkCount, elements, isElement, isText, textContent, type Element, type Node } from "./dom";
import { furnitureRule } from "./furniture";

/** Elements that start and end a printed line (block boxes in a browser). */
const BLOCK = new Set([
  "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "section", "article",
  "main", "address", "center", "figure", "figcaption", "caption", "table", "tr", "td", "th", "thead", "tbody", "tfoot",
  "hr", "body", "html", "fieldset", "legend", "details", "summary",
]);

/**
 * Renders an element's readable text as printed lines: a block element is a line of
 * its own, <br> breaks a line, whitespace collapses as a browser collapses it, and a
 * data table becomes one line per row with its cells separated by tabs.
 */
export function renderLines(root: Element, removed: RemovalLog): string[] {
  const out = new LineWriter();
  walk(root, out, removed);
  out.flush();
  return out.lines;
}

class LineWriter {
  readonly lines: string[] = [];
  private current = "";

  text(s: string): void {
    this.current += s;
  }

  /** Ends the current line; a run of empty lines is kept as one blank line between blocks. */
  flush(): void {
    // Spaces only: a table row's leading and trailing tabs are its empty cells.
    const line = this.current.replace(/^ +| +$/g, "");
    this.current = "";
    if (line !== "") this.lines.push(line);
    else if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== "") this.lines.push("");
  }

  line(s: string): void {
    this.flush();
    this.current = s;
    this.flush();
  }
}

function walk(node: Node, out: LineWriter, removed: RemovalLog): void {
  if (isText(node)) {
    out.text(collapse(node.value));
    return;
  }
  if (!isElement(node)) return;
  const rule = furnitureRule(node);
  if (rule) {
    removed.add(rule, textContent(node));
    return;
  }
  const tag = node.tagName;
  if (tag === "br") return out.flush();
  if (tag === "pre") {
    out.flush();
    for (const line of textContent(node).split(/\r?\n/)) out.line(line.replace(/\t/g, " "));
    return;
  }
  if (tag === "table" && !isLayoutTable(node)) {
    out.flush();
    for (const row of tableRows(node, removed)) out.line(row);
    out.flush();
    return;
  }
  if ((BLOCK.has(tag) && isLinkList(node)) || tag === "select") {
    removed.add("link list", textContent(node));
    return;
  }
  const block = BLOCK.has(tag);
  if (block) out.flush();
  for (const child of children(node)) walk(child, out, removed);
  if (block) out.flush();
}

/** HTML collapses runs of ASCII whitespace to one space; a no-break space prints as a space. */
const collapse = (s: string): string => s.replace(/[ \t\n\r\f]+/g, " ").replace(/\u00a0/g, " ");

/**
 * Rows as tab-separated cells, laid on the table's grid: a cell spanning columns or
 * rows is printed once, in its first grid slot, and the slots it covers stay empty,
 * which is how the text tables we read mark "same as above".
 */
function tableRows(table: Element, removed: RemovalLog): string[] {
  const rows: string[] = [];
  const covered = new Map<number, Set<number>>(); // row index → columns taken by a rowspan from above
  const caption = ownRows(table).caption;
  if (caption) rows.push(cellText(caption, removed));
  ownRows(table).rows.forEach((tr, r) => {
    const cells: string[] = [];
    const taken = covered.get(r) ?? new Set<number>();
    let col = 0;
    for (const cell of children(tr).filter(isElement).filter((c) => c.tagName === "td" || c.tagName === "th")) {
      while (taken.has(col)) cells[col++] = "";
      const colspan = span(cell, "colspan");
      const rowspan = span(cell, "rowspan");
      cells[col] = cellText(cell, removed);
      for (let k = 1; k < colspan; k++) cells[col + k] = "";
      for (let rr = 1; rr < rowspan; rr++) {
        const set = covered.get(r + rr) ?? new Set<number>();
        for (let k = 0; k < colspan; k++) set.add(col + k);
        covered.set(r + rr, set);
      }
      col += colspan;
    }
    for (const c of taken) if (c >= col) cells[c] = "";
    const line = Array.from(cells, (c) => c ?? "").join("\t");
    if (line.replace(/\t/g, "").trim() !== "") rows.push(line);
  });
  return rows;
}

function span(cell: Element, name: string): number {
  const n = Number.parseInt(attr(cell, name) ?? "1", 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : 1;
}

/** The rows of this table, not of tables nested in its cells; parse5 has already put them in tbody/thead/tfoot. */
function ownRows(table: Element): { rows: Element[]; caption?: Element } {
  const rows: Element[] = [];
  let caption: Element | undefined;
  for (const child of children(table).filter(isElement)) {
    if (child.tagName === "caption") caption = child;
    else if (child.tagName === "tr") rows.push(child);
    else if (["thead", "tbody", "tfoot"].includes(child.tagName)) rows.push(...children(child).filter(isElement).filter((c) => c.tagName === "tr"));
  }
  return { rows, caption };
}

/** A cell's text on one line: its own lines joined by a space, since a tab would start a new cell. */
function cellText(cell: Element, removed: RemovalLog): string {
  const out = new LineWriter();
  for (const child of children(cell)) walk(child, out, removed);
  out.flush();
  return out.lines.filter((l) => l !== "").join(" ").replace(/\t/g, " ");
}

/**
 * Old sites lay whole pages out in tables: a table whose cell holds another table or
 * a long run of text is layout, read as blocks, not as rows of data.
 */
function isLayoutTable(table: Element): boolean {
  for (const tr of ownRows(table).rows) {
    for (const cell of children(tr).filter(isElement)) {
      if ([...elements(cell)].some((el) => el.tagName === "table")) return true;
      if (cjkCount(textContent(cell)) > 300) return true;
    }
  }
  return false;
}

/** A menu, breadcrumb or "related documents" block: three or more links that make up most of its text. */
function isLinkList(el: Element): boolean {
  const links = [...elements(el)].filter((e) => e.tagName === "a");
  if (links.length < 3) return false;
  const all = textContent(el).replace(/\s+/g, "").length;
  const linked = links.reduce((n, a) => n + textContent(a).replace(/\s+/g, "").length, 0);
  return all > 0 && linked / all >= 0.7;
}

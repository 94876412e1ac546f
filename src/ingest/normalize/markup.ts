/**
 * The markup layer: what a converter printed around a line's content, found and
 * taken off, so that the layers above read the same text whatever the layout.
 * Markdown (heading marks, blockquotes, list bullets, emphasis, pipe tables and
 * their rule rows), HTML left in text (block and inline tags, one-line `<tr>`
 * rows) and tab-separated table rows. Works on one line at a time, on the line
 * already folded to simplified and half-width (which keeps every position), and
 * says for each kept character where it was.
 */

/** A table cell: `[start, end)` in the line's content text. */
export interface CellRange {
  start: number;
  end: number;
}

export interface LineMarkup {
  /** Markdown heading level (`### ` → 3), or the level of an `<hN>`. */
  heading?: number;
  /** Blockquote depth (`> > ` → 2). */
  quote?: number;
  /** The cells of a table row (tab-separated, `| a | b |`, `<tr><td>`), with empty cells kept in place. */
  cells?: CellRange[];
  /** Markup with no content: a pipe table's `|---|` row, a horizontal rule, `<table>` or `</tr>` on its own. */
  rule?: string;
  /** Where a block opens inside the line (`…</p> <p>…`): the content positions at which a new paragraph starts. */
  breaks?: number[];
  /** The line opens a block (`<p>…`, `<li>…`): it never continues the paragraph above. */
  blockStart?: boolean;
}

export interface MarkedLine {
  /** The content, trimmed; a table row's cells joined by tabs. */
  text: string;
  /** `map[i]` is the column in the input line of `text[i]`. */
  map: number[];
  markup: LineMarkup;
}

/** `> ` opens a blockquote; `>95` is a value (greater than 95), which a table printed one cell per line has. */
const QUOTE = /^\s*((?:>(?:[ \t]+|$|(?=>)))+)/;
const HEADING = /^#{1,6}(?=\s)/;
/** A markdown bullet (`- `, `* `, `+ `) before content; `-` alone is an empty table cell, `- 3 -` a page number. */
const BULLET = /^[-*+] +(?=\S)(?!\d{1,4}\s*[-—]\s*$)/;
const EMPHASIS = /\*\*|__/g;
const PIPE_RULE = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/;
/** `***`, `___` or a long dash run; `---` alone stays, since a table printed one cell per line uses it for an empty cell. */
const HORIZONTAL_RULE = /^(?:(?:\*\s*){3,}|(?:_\s*){3,}|(?:-\s*){5,})$/;
/** Tags that only open or close a block, alone on a line or around content. */
const BLOCK_TAG = /<\/?(?:p|div|section|article|table|thead|tbody|tfoot|tr|li|ul|ol|blockquote|center|h[1-6])(?:\s[^<>]*)?>|<br\s*\/?>/gi;
/** Inline tags whose content is text (`<strong>…</strong>`, `<span style=…>`); `<sup>` is kept, since it marks footnotes. */
const INLINE_TAG = /<\/?(?:strong|b|em|i|u|span|font|a|small|big)(?:\s[^<>]*)?>/gi;
const CELL_TAG = /<t[dh](?:\s[^<>]*)?>/gi;
const HTML_HEADING = /^<h([1-6])[\s>]/i;

/**
 * Takes a line's markup off. `folded` is the line in the form parsers read
 * (simplified, half-width), position for position with the printed line.
 */
export function readMarkup(folded: string): MarkedLine {
  const keep = new Array<boolean>(folded.length).fill(true);
  const drop = (from: number, to: number) => {
    for (let i = from; i < to; i++) keep[i] = false;
  };
  const markup: LineMarkup = {};
  let at = 0;

  const quote = folded.includes("\t") ? null : QUOTE.exec(folded);
  if (quote) {
    markup.quote = (quote[1].match(/>/g) ?? []).length;
    drop(0, quote[0].length);
    at = quote[0].length;
  }
  const rest = () => folded.slice(at);
  const lead = rest().length - rest().trimStart().length;
  at += lead;
  const heading = HEADING.exec(rest());
  if (heading) {
    markup.heading = heading[0].length;
    drop(at, at + heading[0].length);
    at += heading[0].length;
  }
  const body = rest().trim();
  if (PIPE_RULE.test(body) && body.includes("|")) return ruled(folded, "a markdown table's rule row", markup);
  if (HORIZONTAL_RULE.test(body) && !markup.heading) return ruled(folded, "a markdown horizontal rule", markup);

  const bullet = BULLET.exec(rest().trimStart());
  if (bullet && !markup.heading) drop(at, at + bullet[0].length);

  for (const m of folded.matchAll(EMPHASIS)) drop(m.index!, m.index! + m[0].length);
  const htmlHeading = HTML_HEADING.exec(body);
  if (htmlHeading) markup.heading = Number(htmlHeading[1]);
  const blockTags: number[] = [];
  for (const m of folded.matchAll(BLOCK_TAG)) {
    drop(m.index!, m.index! + m[0].length);
    if (!m[0].startsWith("</")) blockTags.push(m.index!);
  }
  for (const m of folded.matchAll(INLINE_TAG)) drop(m.index!, m.index! + m[0].length);

  const cellStarts = cellBoundaries(folded, keep, at);
  if (!cellStarts && ![...folded].some((_, i) => keep[i] && /\S/.test(folded[i]))) {
    return blockTags.length || /<\//.test(folded) ? ruled(folded, "HTML markup without text", markup) : { text: "", map: [], markup };
  }
  return assemble(folded, keep, markup, cellStarts, blockTags);
}

function ruled(folded: string, rule: string, markup: LineMarkup): MarkedLine {
  return { text: "", map: [], markup: { ...markup, rule } };
}

/**
 * Where the cells of a table row start: at each tab, at each `|` of a pipe row,
 * at each `<td>` / `<th>` of an HTML row. Separators are dropped from the text
 * and become tabs between the cells. Undefined for a line that is no row.
 */
function cellBoundaries(folded: string, keep: boolean[], from: number): { sep: number[]; tag: boolean } | undefined {
  if (folded.includes("\t")) {
    return { sep: [...folded].flatMap((ch, i) => (ch === "\t" ? [i] : [])), tag: false };
  }
  const body = folded.slice(from).trimEnd();
  if (body.startsWith("|") && (body.match(/(?<!\\)\|/g) ?? []).length >= 2) {
    const pipes = [...folded.matchAll(/(?<!\\)\|/g)].map((m) => m.index!).filter((i) => i >= from);
    // The outer pipes frame the row; the inner ones separate cells.
    keep[pipes[0]] = false;
    const last = pipes[pipes.length - 1];
    const closed = folded.slice(last + 1).trim() === "";
    if (closed) keep[last] = false;
    return { sep: closed ? pipes.slice(1, -1) : pipes.slice(1), tag: false };
  }
  const cells = [...folded.matchAll(CELL_TAG)];
  if (cells.length >= 2) {
    for (const m of cells) for (let i = m.index!; i < m.index! + m[0].length; i++) keep[i] = false;
    for (const m of folded.matchAll(/<\/t[dh]>/gi)) for (let i = m.index!; i < m.index! + m[0].length; i++) keep[i] = false;
    return { sep: cells.slice(1).map((m) => m.index!), tag: true };
  }
  return undefined;
}

/** Builds the content text from the kept characters; cell separators become tabs. */
function assemble(folded: string, keep: boolean[], markup: LineMarkup, cells: { sep: number[] } | undefined, blockTags: number[]): MarkedLine {
  const seps = new Set(cells?.sep ?? []);
  let text = "";
  const map: number[] = [];
  const cellStarts: number[] = [0];
  const breaks: number[] = [];
  const tags = [...blockTags];
  for (let i = 0; i < folded.length; i++) {
    while (tags.length && tags[0] <= i) {
      tags.shift();
      breaks.push(text.length);
    }
    if (seps.has(i)) {
      text += "\t";
      map.push(i);
      cellStarts.push(text.length);
      continue;
    }
    if (!keep[i]) continue;
    // Within a cell, a tab is a separator only of a tab row; a pipe row's cells trim their spaces below.
    text += folded[i];
    map.push(i);
  }
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  const out: MarkedLine = { text: trimmed, map: map.slice(lead, lead + trimmed.length), markup };
  if (cells) {
    const bounds = cellStarts.map((start, k) => [start, k + 1 < cellStarts.length ? cellStarts[k + 1] - 1 : text.length] as const);
    out.markup.cells = bounds.map(([a, b]) => {
      let s = a;
      let e = b;
      while (s < e && /\s/.test(text[s])) s++;
      while (e > s && /\s/.test(text[e - 1])) e--;
      // Positions in the trimmed text; a leading empty cell sits at 0.
      return { start: Math.max(0, Math.min(s - lead, trimmed.length)), end: Math.max(0, Math.min(e - lead, trimmed.length)) };
    });
  }
  if (breaks.some((b) => b <= lead)) out.markup.blockStart = true;
  const inner = breaks.map((b) => b - lead).filter((b) => b > 0 && b < trimmed.length);
  if (inner.length) out.markup.breaks = [...new Set(inner)];
  return out;
}

import { needsSpace, type PrintedLine, type Segment } from "./lines";

/** A line of the extracted text and the page it starts on. */
export interface OutputLine {
  text: string;
  page: number;
}

interface Block {
  lines: PrintedLine[];
  table: boolean;
}

/** Sentence ends: a line ending in one of these may end its paragraph even when it fills the width. */
const SENTENCE_END = /[。！？；：!?;:」』”）)]$/;

/**
 * Rebuilds the document's lines from the printed ones.
 *
 * Lines set closer than a paragraph's spacing form a block. A block with a line of
 * several segments is a table row (its wrapped cells are the block's other lines);
 * a run of such rows is a table, whose column positions put every cell, wrapped or
 * not, leading cells empty or not, into its column. Text lines join into one when a
 * line fills the text width and the next continues it: not indented (a new paragraph
 * in Chinese typesetting starts two characters in), not spaced apart, and, where the
 * document marks paragraphs by neither, when the line does not end a sentence. This
 * holds across a page break too.
 */
export function reflow(pages: PrintedLine[][]): OutputLine[] {
  const all = pages.flat();
  if (all.length === 0) return [];
  const metrics = measure(all);
  const blocks = pages.flatMap((lines) => blocksOf(lines, metrics));
  markTables(blocks, metrics);

  const tables = tableColumns(blocks);
  const out: OutputLine[] = [];
  let previous: { line: PrintedLine; block: Block } | undefined;
  blocks.forEach((block) => {
    const columns = tables.get(block);
    if (columns) {
      out.push({ text: row(block, columns), page: block.lines[0].page });
      previous = undefined;
      return;
    }
    for (const line of block.lines) {
      const text = line.segments.map((s) => s.text).join(" ");
      if (previous && continues(previous.line, line, previous.block === block, metrics)) {
        const last = out[out.length - 1];
        last.text = join(last.text, text);
      } else {
        out.push({ text, page: line.page });
      }
      previous = { line, block };
    }
  });
  return out;
}

interface Metrics {
  /** The text's left edge: where most lines start. */
  left: number;
  /** The text's right edge: where full lines end. */
  right: number;
  /** Whether paragraphs start indented (Chinese convention: two characters). */
  indents: boolean;
  /** Whether paragraphs are set apart by extra space. */
  spaced: boolean;
  /** Baseline-to-baseline distance of a paragraph's lines, by font size. */
  pitch: (size: number) => number;
}

function measure(lines: PrintedLine[]): Metrics {
  const left = mode(lines.map((l) => Math.round(l.x)));
  const ends = lines.filter((l) => l.segments.length === 1).map((l) => l.end).sort((a, b) => a - b);
  const right = ends.length > 0 ? ends[Math.floor(ends.length * 0.9)] : Math.max(...lines.map((l) => l.end));
  const pitches = new Map<number, number[]>();
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1], lines[i]];
    if (a.page !== b.page || a.size !== b.size || a.segments.length > 1 || b.segments.length > 1) continue;
    const gap = a.y - b.y;
    if (gap > 0) pitches.set(a.size, [...(pitches.get(a.size) ?? []), Math.round(gap * 2) / 2]);
  }
  const pitchBySize = new Map([...pitches].map(([size, gaps]) => [size, mode(gaps)]));
  const pitch = (size: number) => pitchBySize.get(size) ?? size * 1.5;
  const body = lines.filter((l) => l.segments.length === 1);
  const indented = body.filter((l) => Math.abs(l.x - left - 2 * l.size) <= l.size / 2).length;
  const gaps = [...pitches.entries()].flatMap(([size, list]) => list.map((g) => g / pitch(size)));
  return {
    left,
    right,
    indents: indented >= body.length * 0.05 && indented >= 2,
    spaced: gaps.filter((g) => g > 1.15).length >= gaps.length * 0.05 && gaps.length > 0,
    pitch,
  };
}

function blocksOf(lines: PrintedLine[], m: Metrics): Block[] {
  const blocks: Block[] = [];
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    if (prev && prev.y - line.y <= 1.15 * m.pitch(Math.max(prev.size, line.size))) blocks[blocks.length - 1].lines.push(line);
    else blocks.push({ lines: [line], table: false });
  });
  for (const b of blocks) b.table = b.lines.some((l) => l.segments.length > 1);
  return blocks;
}

/**
 * A block of one-segment lines beside a table is a row of it too (a title spanning
 * the table, a row with one filled cell) when it starts at one of the table's
 * columns and not where the text's paragraphs start.
 */
function markTables(blocks: Block[], m: Metrics): void {
  const textStart = (x: number, size: number) => Math.abs(x - m.left) <= size / 3 || Math.abs(x - m.left - 2 * size) <= size / 3;
  let changed = true;
  while (changed) {
    changed = false;
    blocks.forEach((block, b) => {
      if (block.table) return;
      const neighbour = [blocks[b - 1], blocks[b + 1]].find((n) => n?.table);
      if (!neighbour) return;
      const anchors = neighbour.lines.flatMap((l) => l.segments.map((s) => s.x));
      const fits = block.lines.every((l) => !textStart(l.x, l.size) && anchors.some((a) => Math.abs(a - l.x) <= l.size / 3));
      if (fits) block.table = changed = true;
    });
  }
}

/**
 * The column positions of each table row block: every segment start of its table's
 * rows, clustered. Two tables printed one after the other are told apart by their
 * columns: a row with a cell starting inside the text of a cell above (where no
 * column of this table can start) begins the next table.
 */
function tableColumns(blocks: Block[]): Map<Block, number[]> {
  const result = new Map<Block, number[]>();
  let current: { blocks: Block[]; segments: Segment[] } | undefined;
  const close = () => {
    if (!current) return;
    const columns = cluster(current.segments.map((s) => s.x));
    for (const b of current.blocks) result.set(b, columns);
    current = undefined;
  };
  for (const block of blocks) {
    if (!block.table) {
      close();
      continue;
    }
    const segments = block.lines.flatMap((l) => l.segments);
    const size = block.lines[0].size;
    if (current?.segments.some((above) => segments.some((s) => s.x > above.x + size / 2 && s.x < above.end))) close();
    current ??= { blocks: [], segments: [] };
    current.blocks.push(block);
    current.segments.push(...segments);
  }
  close();
  return result;
}

function cluster(xs: number[]): number[] {
  const sorted = [...xs].sort((a, b) => a - b);
  const out: number[] = [];
  for (const x of sorted) if (out.length === 0 || x - out[out.length - 1] > 3) out.push(x);
  return out;
}

/** A table row: each segment of each of its lines into the column it starts at; wrapped cell text joins up. */
function row(block: Block, columns: number[]): string {
  const cells: string[] = [];
  for (const line of block.lines) {
    for (const s of line.segments) {
      let c = 0;
      for (let i = 0; i < columns.length; i++) if (Math.abs(columns[i] - s.x) < Math.abs(columns[c] - s.x)) c = i;
      cells[c] = cells[c] === undefined ? s.text : join(cells[c], s.text);
    }
  }
  return Array.from(cells, (c) => c ?? "").join("\t");
}

function continues(prev: PrintedLine, next: PrintedLine, sameBlock: boolean, m: Metrics): boolean {
  if (!brokenForWidth(prev, next, m)) return false; // room was left: the paragraph ended
  if (next.x > m.left + next.size / 2) return false; // indented or set elsewhere: a new paragraph
  if (prev.page === next.page && !sameBlock) return false; // spaced apart
  if (m.indents || (m.spaced && prev.page === next.page)) return true;
  return !SENTENCE_END.test(prev.segments[prev.segments.length - 1].text);
}

/**
 * Whether a line ended because the next word did not fit: its end plus the width of
 * the next line's first unbreakable run (a number with its quotes, a CJK character
 * with the punctuation that may not start a line) passes the right edge.
 */
function brokenForWidth(prev: PrintedLine, next: PrintedLine, m: Metrics): boolean {
  const first = next.segments[0];
  const chars = [...first.text];
  const width = ((first.end - first.x) * firstRun(chars).length) / Math.max(1, chars.length);
  return prev.end + width > m.right - prev.size / 2;
}

const OPEN = /[“‘"'（(《〈【「『[]/;
const CLOSE = /[”’"'）)》〉】」』\]，。、；：,.;:!?！？%％]/;
const QUOTE = /[“”‘’"']/;
const LATIN = /[A-Za-z0-9.\-/+%]/;

/**
 * The characters before the first place a line may break, as line breaking (UAX #14
 * and Chinese kinsoku) treats them: opening quotes stay with what follows, closing
 * punctuation with what precedes, a number or Latin word is whole, and nothing breaks
 * right after a quotation mark either (UAX #14 cannot tell ” opening from closing).
 */
function firstRun(chars: string[]): string[] {
  let i = 0;
  const take = (re: RegExp) => {
    while (i < chars.length && re.test(chars[i])) i++;
  };
  do {
    take(OPEN);
    if (i < chars.length && LATIN.test(chars[i])) take(LATIN);
    else i++;
    take(CLOSE);
  } while (i < chars.length && (OPEN.test(chars[i]) || QUOTE.test(chars[i - 1]) || (LATIN.test(chars[i]) && /[,.:，]/.test(chars[i - 1]))));
  return chars.slice(0, i);
}

/** Joins text broken at a line end: a word hyphenated at the break loses its hyphen; Latin words keep a space. */
function join(a: string, b: string): string {
  if (/[A-Za-z]-$/.test(a) && /^[a-z]/.test(b)) return a.slice(0, -1) + b;
  return needsSpace(a, b) ? `${a} ${b}` : a + b;
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  let best = values[0];
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > (counts.get(best) ?? 0)) best = v;
  }
  return best;
}

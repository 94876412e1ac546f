import { AlignmentType, Document, LevelFormat, LevelSuffix, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, HeadingLevel } from "docx";
import { plain, printedMarker, seedBlocks, type Block, type Inline, type OutlineNumber } from "./seed-blocks";

type Format = (typeof LevelFormat)[keyof typeof LevelFormat];

/** Word's number format for each outline level, as Chinese templates set them. */
const CHINESE = "chineseCounting" as Format;
const LEVEL_FORMAT: Format[] = [CHINESE, CHINESE, CHINESE, CHINESE, LevelFormat.DECIMAL, LevelFormat.DECIMAL, LevelFormat.DECIMAL_ENCLOSED_CIRCLE];

export interface DocxRendering {
  bytes: Uint8Array;
  /** Paragraphs whose marker Word prints from numbering.xml (the extractor must rebuild it). */
  numbered: number;
  /** Numbered paragraphs kept as typed text, where the seed's sequence is not one Word would count (a skip, a restart). */
  typed: number;
}

/**
 * A seed as a Word document: each line a paragraph, markdown headings as Heading
 * styles, tab-separated runs as tables (rowspans for "same as above" cells), and the
 * outline numbers 一、 （一） 1. （1） ① as real automatic numbering of one
 * five-level list, so the text holds no marker and the extractor must print it from
 * numbering.xml. Where the seed's own count departs from what Word would count, the
 * marker stays typed, as an author would have typed it.
 */
export async function renderDocx(seedText: string): Promise<DocxRendering> {
  const blocks = seedBlocks(seedText);
  const levels = levelShapes(blocks);
  const list = new ListCounters();
  let numbered = 0;
  let typed = 0;
  const children: (Paragraph | Table)[] = [];
  for (const block of blocks) {
    if (block.kind === "table") {
      children.push(table(block.rows));
      continue;
    }
    const heading = block.heading ? HEADINGS[Math.min(block.heading, HEADINGS.length) - 1] : undefined;
    const n = block.number;
    const instance = n && sameShape(n, levels[n.level]) ? list.place(n) : undefined;
    if (n && instance !== undefined) {
      numbered++;
      children.push(new Paragraph({ children: runs(block.inline), numbering: { reference: "outline", level: n.level, instance }, ...(heading ? { heading } : {}) }));
    } else {
      if (n) typed++;
      const marker: Inline[] = n ? [{ text: printedMarker(n) + n.gap }] : [];
      children.push(new Paragraph({ children: runs([...marker, ...block.inline]), ...(heading ? { heading } : {}) }));
    }
  }
  const document = new Document({
    numbering: {
      config: [
        {
          reference: "outline",
          levels: levels.map((shape, level) => ({
            level,
            format: LEVEL_FORMAT[level],
            text: (shape?.shape ?? "%1.").replace("%1", `%${level + 1}`),
            suffix: shape?.gap === " " ? LevelSuffix.SPACE : LevelSuffix.NOTHING,
            alignment: AlignmentType.LEFT,
          })),
        },
      ],
    },
    sections: [{ children }],
  });
  return { bytes: new Uint8Array(await Packer.toBuffer(document)), numbered, typed };
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/** The most common marker shape (and gap) of each level in the seed: a list has one lvlText per level. */
function levelShapes(blocks: Block[]): ({ shape: string; gap: string } | undefined)[] {
  const counts = new Map<string, number>();
  for (const b of blocks) if (b.kind === "paragraph" && b.number) counts.set(`${b.number.level}|${b.number.shape}|${b.number.gap}`, (counts.get(`${b.number.level}|${b.number.shape}|${b.number.gap}`) ?? 0) + 1);
  const levels: ({ shape: string; gap: string } | undefined)[] = LEVEL_FORMAT.map(() => undefined);
  const best = new Map<number, number>();
  for (const [key, count] of counts) {
    const [level, shape, gap] = key.split("|");
    if (count > (best.get(Number(level)) ?? 0)) {
      best.set(Number(level), count);
      levels[Number(level)] = { shape, gap };
    }
  }
  return levels;
}

const sameShape = (n: OutlineNumber, level: { shape: string; gap: string } | undefined): boolean => !!level && level.shape === n.shape && level.gap === n.gap;

/**
 * Word's counting, as an author gets the seed's numbers out of it: each list instance
 * (w:num, which the docx package writes with a startOverride per level) counts on its
 * own, and numbering a level restarts the levels below it in the same instance. Where
 * the seed restarts at 1 and Word would not (after an unnumbered heading), the author
 * "restarts numbering": a new instance for that level. Any other departure stays typed.
 */
class ListCounters {
  private readonly counters = new Map<number, (number | undefined)[]>();
  private readonly current: number[] = [];
  private next = 1;

  /** The instance that prints this number, or undefined when Word cannot print it here. */
  place(n: OutlineNumber): number | undefined {
    let instance = this.current[n.level] ?? 0;
    const counted = this.of(instance)[n.level];
    if (n.value !== (counted === undefined ? 1 : counted + 1)) {
      if (n.value !== 1) return undefined;
      instance = this.next++;
      this.current[n.level] = instance;
    }
    const counters = this.of(instance);
    counters[n.level] = n.value;
    counters.length = n.level + 1;
    return instance;
  }

  private of(instance: number): (number | undefined)[] {
    if (!this.counters.has(instance)) this.counters.set(instance, []);
    return this.counters.get(instance)!;
  }
}

function runs(inline: Inline[]): TextRun[] {
  return inline.map((r) => new TextRun({ text: r.text, ...(r.bold ? { bold: true } : {}), ...(r.sup ? { superScript: true } : {}) }));
}

function table(rows: Inline[][][]): Table {
  const width = Math.max(...rows.map((r) => r.length));
  const empty = (cell: Inline[] | undefined) => !cell || plain(cell).trim() === "";
  let covered = 0;
  const tableRows = rows.map((row, r) => {
    const cells: TableCell[] = [];
    const paragraph = (cell: Inline[]) => [new Paragraph({ children: runs(cell) })];
    if (row.length > 1 && !empty(row[0]) && row.slice(1).every(empty)) {
      cells.push(new TableCell({ children: paragraph(row[0]), columnSpan: row.length }));
    } else {
      row.forEach((cell, c) => {
        if (c === 0 && covered > 0) return;
        if (c === 0 && !empty(cell)) {
          let span = 1;
          while (r + span < rows.length && rows[r + span].length > 1 && empty(rows[r + span][0]) && !rows[r + span].slice(1).every(empty)) span++;
          covered = span;
          cells.push(new TableCell({ children: paragraph(cell), ...(span > 1 ? { rowSpan: span } : {}) }));
          return;
        }
        cells.push(new TableCell({ children: paragraph(cell) }));
      });
    }
    if (covered > 0) covered--;
    return new TableRow({ children: cells });
  });
  return new Table({ rows: tableRows, width: { size: 100, type: WidthType.PERCENTAGE }, columnWidths: Array(width).fill(Math.floor(9000 / width)) });
}

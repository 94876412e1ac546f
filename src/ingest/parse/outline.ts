import type { TaskKind, TaskNode, Warning } from "../model";
import type { Paragraph } from "../normalize/paragraphs";
import type { SourceText } from "../normalize/source-text";
import { layout } from "./layout";
import { finish, titleEnd, type Draft } from "./nodes";
import { isBoxTitle, leadPhraseEnd, matchMarker, type MarkerMatch } from "./numbering";
import type { ItemMarker, StyleConfig } from "./registry";
import { toSlices, type Slice } from "./slices";

/** Items longer than this end an untitled box: box items are short, a lead-phrase task after the box is not. */
const BOX_ITEM_MAX = 120;
/** Untitled box titles are short; a line of about a full printed width (Jiangxi: 26–28) is a broken sentence. */
const BOX_TITLE_MAX = 24;

type Family = "bullet" | "numDot" | "numParen" | "circled";
const FAMILY: Record<ItemMarker, Family> = { lead: "bullet", dash: "bullet", numDot: "numDot", numParen: "numParen", circled: "circled" };

/**
 * Reads the outline of a plan from its numbering (never from markdown #s):
 * chapters and sections as the style names them, tasks and sub-tasks nested by
 * the order their marks appear, 专栏 boxes with their items. Narrative parts
 * (background, guiding thought, principles, goals) are skipped with their
 * headings; a chapter whose every section is narrative goes too. Plain
 * paragraphs belong to the node open above them (a heading's introduction, a
 * task's further paragraphs).
 */
export function parseOutline(source: SourceText, paras: Paragraph[], tableLines: Set<number>, style: StyleConfig): { tasks: TaskNode[]; warnings: Warning[] } {
  const reader = new OutlineReader(style);
  for (const slice of toSlices(source, layout(paras).body, tableLines, style.splitRunOnItems)) reader.read(slice);
  const drafts = reader.drafts.filter((d) => !reader.hollow.has(d.path));
  return { tasks: drafts.map((d) => finish(source, d)), warnings: reader.warnings };
}

function group(kind: TaskKind): string {
  return kind === "SUBTASK" || kind === "COLUMN_ITEM" ? "TASK" : kind;
}

class OutlineReader {
  readonly drafts: Draft[] = [];
  readonly warnings: Warning[] = [];
  /** Chapters whose sections were all narrative: dropped at the end unless something was kept in them. */
  readonly hollow = new Set<string>();
  private chapter?: Draft;
  private section?: Draft;
  private items: { family: Family; draft: Draft }[] = [];
  private column?: { draft: Draft; untitled: boolean; last?: Draft };
  private skipping?: "chapter" | "section";
  private afterHeading = false;
  private readonly children = new Map<string, number>();
  private readonly ordinals = new Map<string, number>();
  private readonly lastNumber = new Map<string, number>();

  constructor(private readonly style: StyleConfig) {}

  read(slice: Slice): void {
    const afterHeading = this.afterHeading;
    this.afterHeading = false;
    const m = matchMarker(slice.text);
    if (m && (this.style.chapter as string[]).includes(m.marker)) return this.openChapter(slice, m);
    if (this.skipping === "chapter") return;
    if (m && (this.style.section as string[]).includes(m.marker)) return this.openSection(slice, m);
    if (this.skipping === "section") return;
    if (m?.marker === "column") return this.openColumn(slice, m);
    // A table's caption belongs to the table (read by parseIndicators); a 专栏 caption still opens its box.
    if (slice.caption) return;
    if (this.column && this.readInColumn(slice, m)) return;
    this.column = undefined;
    // A box illustrates the text before it, so it never opens a section; and a line as long as a printed
    // line is a sentence broken by the page, not a title.
    if (this.style.untitledBoxes && !m && !afterHeading && slice.text.length <= BOX_TITLE_MAX && isBoxTitle(slice.text)) {
      return this.openBox(slice);
    }
    const item = this.itemMarker(slice, m);
    if (item) return this.openItem(slice, m, item);
    this.append(slice);
  }

  private openChapter(slice: Slice, m: MarkerMatch): void {
    this.column = undefined;
    this.items = [];
    this.section = undefined;
    this.chapter = undefined;
    if (this.narrative(slice, m)) {
      this.skipping = "chapter";
      return;
    }
    this.skipping = undefined;
    this.chapter = this.add("CHAPTER", slice, m, undefined, String(m.value ?? this.nextOrdinal(undefined, "CHAPTER")));
    this.afterHeading = true;
    this.hollow.delete(this.chapter.path);
  }

  private openSection(slice: Slice, m: MarkerMatch): void {
    this.column = undefined;
    this.items = [];
    this.section = undefined;
    if (this.narrative(slice, m)) {
      this.skipping = "section";
      if (this.chapter && !this.children.get(this.chapter.path)) this.hollow.add(this.chapter.path);
      return;
    }
    this.skipping = undefined;
    if (this.chapter) this.hollow.delete(this.chapter.path);
    this.section = this.add("SECTION", slice, m, this.chapter, String(m.value ?? this.nextOrdinal(this.chapter, "SECTION")));
    this.afterHeading = true;
  }

  private openColumn(slice: Slice, m: MarkerMatch): void {
    const draft = this.add("COLUMN", slice, m, this.section ?? this.chapter, `c${m.value}`, true);
    this.column = { draft, untitled: false };
  }

  private openBox(slice: Slice): void {
    const parent = this.section ?? this.chapter;
    const draft = this.add("COLUMN", slice, undefined, parent, `b${this.nextOrdinal(parent, "COLUMN")}`);
    this.column = { draft, untitled: true };
  }

  /** True when the slice belongs to the open box: a numbered item, or text that continues one. */
  private readInColumn(slice: Slice, m: MarkerMatch | undefined): boolean {
    const col = this.column!;
    const numbered = m?.marker === "numDot" && !slice.markdownHeading;
    const plain = !m && !slice.markdownHeading;
    if (col.untitled) {
      const longTask = plain && leadPhraseEnd(slice.text) >= 0 && slice.text.length > BOX_ITEM_MAX;
      if (!(numbered || plain) || longTask) return false;
      col.last = this.add("COLUMN_ITEM", slice, m, col.draft, String(m?.value ?? this.nextOrdinal(col.draft, "COLUMN_ITEM")), false, true);
      return true;
    }
    if (numbered) {
      this.checkSequence(col.draft.path, m!, slice);
      col.last = this.add("COLUMN_ITEM", slice, m, col.draft, String(m!.value));
      return true;
    }
    if (plain && !(this.style.items.includes("lead") && leadPhraseEnd(slice.text) >= 0)) {
      (col.last ?? col.draft).slices.push(slice);
      return true;
    }
    return false;
  }

  private itemMarker(slice: Slice, m: MarkerMatch | undefined): ItemMarker | undefined {
    if (m) return (this.style.items as string[]).includes(m.marker) ? (m.marker as ItemMarker) : undefined;
    return this.style.items.includes("lead") && leadPhraseEnd(slice.text) >= 0 ? "lead" : undefined;
  }

  private openItem(slice: Slice, m: MarkerMatch | undefined, marker: ItemMarker): void {
    const family = FAMILY[marker];
    const open = this.items.findIndex((i) => i.family === family);
    if (open >= 0) this.items.length = open;
    const parent = this.items.length ? this.items[this.items.length - 1].draft : (this.section ?? this.chapter);
    const kind: TaskKind = this.items.length ? "SUBTASK" : "TASK";
    if (m?.value !== undefined) this.checkSequence(`${this.chapter?.path}:${this.items.length}:${family}`, m, slice);
    const key = m?.value !== undefined ? String(m.value) : String(this.nextOrdinal(parent, kind));
    const draft = this.add(kind, slice, m, parent, key);
    this.items.push({ family, draft });
  }

  private append(slice: Slice): void {
    const open = this.items.length ? this.items[this.items.length - 1].draft : (this.section ?? this.chapter);
    if (open) open.slices.push(slice);
    else this.warnings.push({ line: slice.para.line, message: `text outside any heading left out of the outline: ${slice.text.slice(0, 30)}…` });
  }

  private add(kind: TaskKind, slice: Slice, m: MarkerMatch | undefined, parent: Draft | undefined, key: string, global = false, colon = false): Draft {
    const from = m?.contentStart ?? 0;
    const heading = kind === "CHAPTER" || kind === "SECTION" || kind === "COLUMN";
    const printed = global || !parent ? key : `${parent.path}/${key}`;
    let path = printed;
    for (let n = 2; this.drafts.some((d) => d.path === path); n++) path = `${printed}-${n}`;
    if (path !== printed) this.warnings.push({ line: slice.para.line, message: `${kind} ${printed} is printed more than once; this one is ${path}` });
    const draft: Draft = {
      kind,
      path,
      parentPath: parent?.path,
      number: m?.marker === "dash" ? undefined : m?.number,
      titleStart: from,
      titleEnd: heading ? titleEnd(slice.text, from) : titleEnd(slice.text, from, colon),
      slices: [slice],
    };
    if (parent) this.children.set(parent.path, (this.children.get(parent.path) ?? 0) + 1);
    const counter = `${parent?.path ?? ""}|${group(kind)}`;
    this.ordinals.set(counter, (this.ordinals.get(counter) ?? 0) + 1);
    this.drafts.push(draft);
    return draft;
  }

  /** The position a node without a printed number takes among its siblings of the same group (tasks, boxes …). */
  private nextOrdinal(parent: Draft | undefined, kind: TaskKind): number {
    return (this.ordinals.get(`${parent?.path ?? ""}|${group(kind)}`) ?? 0) + 1;
  }

  private narrative(slice: Slice, m: MarkerMatch): boolean {
    return this.style.narrative.test(slice.text.slice(m.contentStart));
  }

  /** Numbers run 1, 2, 3 … or restart at 1; anything else is worth a look (a task lost in a run-on line). */
  private checkSequence(scope: string, m: MarkerMatch, slice: Slice): void {
    const last = this.lastNumber.get(scope);
    if (m.value !== 1 && last !== undefined && m.value !== last + 1) {
      this.warnings.push({ line: slice.para.line, message: `item ${m.number} follows item ${last}: a number is missing or repeated` });
    }
    this.lastNumber.set(scope, m.value!);
  }
}

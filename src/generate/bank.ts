import * as fs from "fs";
import * as path from "path";
import type { TaskNode } from "../ingest/model";
import { toSimplified } from "../common/text-keys";
import { parseDocument } from "../ingest/parse";
import type { GenKind, GenNode } from "./model";

/**
 * What the generator borrows from the seed documents: the outline of the Sichuan
 * plan (the template every generated plan descends from), a pool of tasks from the
 * other seeds (local additions with no upstream task), and the narrative blocks and
 * indicator tables printed around the outline. Read through the real parser, so
 * the generated documents speak the seeds' wording.
 */
export interface Bank {
  template: GenNode[];
  /** Tasks from the other seeds, simplified, unit clauses removed: lead phrase + sentences. */
  pool: { title: string; body: string }[];
  /** Indicator rows the parser reads from each narrative block's table: the expected counts of a generated document. */
  indicatorRows: { chapter: number; markdown: number };
  /**
   * Outline items the parser keeps from the Changchun narrative block: the 专栏1 indicator box and the headings
   * that hold it (a box inside a narrative part keeps its containers). Counted from the seed's own reading.
   */
  markdownNarrativeItems: Partial<Record<GenKind, number>>;
  /** Lines of the Sichuan plan from 第一章 to the line before 第三章: background, goals and the indicator table. */
  chapterNarrative: string[];
  /** Lines of the Changchun plan from 一、发展基础 to 专栏1's notes: background, goals and the indicator table. */
  markdownNarrative: string[];
  /** The opinion's 总体要求 paragraphs (Tibet), without what only Tibet says. */
  opinionNarrative: string[];
}

const SICHUAN = "000_1cc9d6698810e7a5.txt";
const TIBET = "001_aa40d479269d3f1a.txt";
const POOL_SEEDS = ["001_aa40d479269d3f1a.txt", "002_0f323f1820598f05.txt", "003_3805f0e95e16182c.txt", "004_5a087b0cd4345386.txt"];
const CHANGCHUN = "003_3805f0e95e16182c.txt";

/** A lead phrase the chapter-section parser accepts: 2–30 characters, no sentence punctuation. */
export const LEAD_PHRASE = /^[^。,;:!?，；：！？]{2,30}$/;

export function loadBank(seedsDir: string): Bank {
  const read = (name: string) => fs.readFileSync(path.join(seedsDir, name));
  const sichuan = parseDocument(`seeds/${SICHUAN}`, read(SICHUAN));
  const pool = POOL_SEEDS.flatMap((name) =>
    parseDocument(`seeds/${name}`, read(name))
      .tasks.filter((t) => t.kind === "TASK")
      .map((t) => poolItem(t))
      .filter((t): t is { title: string; body: string } => t !== undefined),
  );
  const template = toTree(sichuan.tasks);
  // A local task worded exactly like a template task would be an unrecorded lineage link.
  const templateTitles = new Set(sichuan.tasks.map((t) => t.title));
  const changchun = parseDocument(`seeds/${CHANGCHUN}`, read(CHANGCHUN));
  const sichuanLines = read(SICHUAN).toString("utf8").split("\n");
  const changchunLines = read(CHANGCHUN).toString("utf8").split("\n");
  const tibetLines = read(TIBET).toString("utf8").split("\n");
  const mainTasks = changchunLines.findIndex((l) => /^### \*\*三、主要任务/.test(l)) + 1;
  const markdownNarrativeItems: Partial<Record<GenKind, number>> = {};
  for (const t of changchun.tasks.filter((t) => t.source.line < mainTasks)) {
    markdownNarrativeItems[t.kind as GenKind] = (markdownNarrativeItems[t.kind as GenKind] ?? 0) + 1;
  }
  return {
    template,
    pool: pool.filter((t) => !templateTitles.has(t.title)),
    indicatorRows: { chapter: sichuan.indicators.length, markdown: changchun.indicators.length },
    markdownNarrativeItems,
    chapterNarrative: between(sichuanLines, /^第一章\s*规划背景$/, /^第三章/),
    markdownNarrative: between(changchunLines, /^## 一、发展基础/, /^### \*\*三、主要任务/),
    opinionNarrative: between(tibetLines, /^以习近平新时代/, /^二、主要任务/)
      .filter((l) => l.trim() && l.trim() !== "\u00a0")
      .map((l) => l.replace(/、中央第七次西藏工作座谈会.*?新时代党的治藏方略,/, ",").replace(/贯彻落实习近平总书记在视察西藏.*?全会精神,/, "")),
  };
}

/** The parsed outline as a tree; titles and bodies in one line each (page breaks rejoined). */
function toTree(tasks: TaskNode[]): GenNode[] {
  const byPath = new Map<string, GenNode>();
  const roots: GenNode[] = [];
  tasks.forEach((t, i) => {
    const node: GenNode = { key: `s${i}`, kind: t.kind as GenKind, title: t.title.replace(/\s+/g, " ").trim(), body: bodyOf(t), children: [] };
    byPath.set(t.path, node);
    const parent = t.parentPath ? byPath.get(t.parentPath) : undefined;
    (parent ? parent.children : roots).push(node);
  });
  return roots;
}

/** The text after the node's number and title, on one line. */
function bodyOf(t: TaskNode): string {
  const flat = oneLine(t.text);
  const at = flat.indexOf(t.title);
  let rest = at >= 0 ? flat.slice(at + t.title.length) : flat;
  rest = rest.replace(/^[。.:：\s]+/, "");
  return rest.trim();
}

/** Rejoins lines a page break cut: Chinese text needs no space between them. */
function oneLine(text: string): string {
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && l !== "\u00a0")
    .join("")
    .replace(/\*\*/g, "");
}

const UNIT_CLAUSE = /[〔(（]\s*(?:牵头单位|责任单位)[\s\S]*$/;

function poolItem(t: TaskNode): { title: string; body: string } | undefined {
  const title = toSimplified(t.title).replace(/^——/, "").trim();
  const body = toSimplified(bodyOf(t)).replace(UNIT_CLAUSE, "").trim();
  if (!LEAD_PHRASE.test(title) || body.length < 20 || !/[。]$/.test(body)) return undefined;
  return { title, body };
}

function between(lines: string[], from: RegExp, to: RegExp): string[] {
  const start = lines.findIndex((l) => from.test(l.trim()));
  const end = lines.findIndex((l, i) => i > start && to.test(l.trim()));
  if (start < 0 || end < 0) throw new Error(`seed layout changed: cannot find ${from} … ${to}`);
  return lines.slice(start, end).map((l) => l.replace(/\r$/, ""));
}

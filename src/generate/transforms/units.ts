import { toTraditional } from "../../common/text-keys";
import { LineWriter, splitLines, type Transform } from "./line-map";

/**
 * Rewrites of how a document prints who owns each task, its content unchanged:
 * every labelled clause 〔牵头单位:X;责任单位:A、B〕 becomes another convention
 * Chinese documents use (DOMAIN.md), or moves into a division-of-labour table
 * appended to the document. Works on the text alone, with its own bracket
 * matching, never with the reader.
 */

const OPEN = "〔（([【";
const CLOSE = "〕）)]】";

/** A labelled clause as printed: where it is in the text (a page break may fall inside it) and its two lists. */
export interface PrintedClause {
  /** The line it starts on. */
  line: number;
  start: number;
  end: number;
  lead?: string;
  responsible?: string;
}

/** The labelled clauses of a text, each with its lead and responsible lists as printed (line breaks inside taken out). */
export function labelledClauses(text: string): PrintedClause[] {
  const out: PrintedClause[] = [];
  for (let at = 0; at < text.length; at++) {
    if (!OPEN.includes(text[at]) || !/^\s*(牵头单位|责任单位)\s*[:：]/.test(text.slice(at + 1, at + 12))) continue;
    const close = matching(text, at);
    if (close < 0) continue;
    const clause: PrintedClause = { line: text.slice(0, at).split("\n").length, start: at, end: close + 1 };
    for (const part of splitTop(text.slice(at + 1, close).replace(/\s*\n\s*/g, ""), "；;")) {
      const m = /^\s*(牵头单位|责任单位)\s*[:：]\s*([\s\S]*?)\s*$/.exec(part);
      if (m?.[1] === "牵头单位") clause.lead = m[2];
      if (m?.[1] === "责任单位") clause.responsible = m[2];
    }
    out.push(clause);
    at = close;
  }
  return out;
}

function matching(line: string, open: number): number {
  let depth = 0;
  for (let i = open; i < line.length; i++) {
    if (OPEN.includes(line[i])) depth++;
    else if (CLOSE.includes(line[i]) && --depth === 0) return i;
  }
  return -1;
}

/** Splits at any of `seps` outside brackets. */
function splitTop(s: string, seps: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    if (OPEN.includes(s[i])) depth++;
    else if (CLOSE.includes(s[i])) depth--;
    else if (depth === 0 && seps.includes(s[i])) {
      parts.push(s.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(s.slice(from));
  return parts;
}

/**
 * Every labelled clause rewritten by `render` (undefined keeps it). A clause a page
 * broke over lines is printed on its first line, the lines it took left blank, so
 * every other line keeps its number.
 */
function rewriteClauses(name: string, render: (c: PrintedClause) => string | undefined, after?: (lines: string[]) => string[]): Transform {
  return {
    name,
    apply(text) {
      let out = text;
      for (const c of labelledClauses(text).reverse()) {
        const printed = render(c);
        if (printed === undefined) continue;
        const breaks = "\n".repeat((text.slice(c.start, c.end).match(/\n/g) ?? []).length);
        out = out.slice(0, c.start) + printed + breaks + out.slice(c.end);
      }
      const w = new LineWriter();
      const lines = splitLines(out);
      lines.forEach((line, i) => w.emit(i + 1, [line]));
      if (after) w.extra(after(splitLines(text)));
      return w.finish();
    },
  };
}

const both = (c: PrintedClause, withLead: (lead: string, resp: string) => string, leadOnly: (lead: string) => string, respOnly: (resp: string) => string) =>
  c.lead && c.responsible ? withLead(c.lead, c.responsible) : c.lead ? leadOnly(c.lead) : respOnly(c.responsible ?? "");

/** （X牵头，A、B配合） · （X牵头，A、B按职责分工负责） · （X牵头，A、B参与）; a list without a lead: （A、B按职责分工负责）. */
export const pairedUnits = (verb: "配合" | "按职责分工负责" | "参与"): Transform =>
  rewriteClauses(`units-paired-${verb}`, (c) =>
    both(
      c,
      (l, r) => `（${l}牵头，${r}${verb}）`,
      (l) => `（${l}牵头）`,
      (r) => `（${r}按职责分工负责）`,
    ),
  );

/** （配合单位：A、B；牵头单位：X）: other labels, in the other order. */
export const relabelledUnits = rewriteClauses("units-relabelled", (c) =>
  both(
    c,
    (l, r) => `（配合单位：${r}；牵头单位：${l}）`,
    (l) => `（牵头单位：${l}）`,
    (r) => `（配合单位：${r}）`,
  ),
);

/** 责任单位：X（牵头）、A、B, in brackets after the task. */
export const leadMarkUnits = rewriteClauses("units-lead-mark", (c) =>
  both(
    c,
    (l, r) => `（责任单位：${l}（牵头）、${r}）`,
    (l) => `（责任单位：${l}（牵头））`,
    (r) => `（责任单位：${r}）`,
  ),
);

/** 由X牵头，A、B配合。 as the task's last sentence; a list without a lead keeps its labelled clause. */
export const sentenceUnits = rewriteClauses("units-sentence", (c) => (c.lead ? (c.responsible ? `由${c.lead}牵头，${c.responsible}配合。` : `由${c.lead}牵头。`) : undefined));

/**
 * （X、A、B） under one note, printed after the first part heading, that the first
 * listed leads (（列第一位者为牵头单位）). The convention cannot print a task without
 * a lead: its list reads as led by its first unit.
 */
export const firstListedUnits: Transform = {
  name: "units-first-listed",
  apply(text) {
    const inner = rewriteClauses("inner", (c) => `（${[c.lead, c.responsible].filter(Boolean).join("、")}）`).apply(text);
    const w = new LineWriter();
    let noted = false;
    splitLines(inner.text).forEach((line, i) => {
      if (!noted && /^\s*[一二三四五六七八九十]+、/.test(line) && !/总体要求/.test(line)) {
        noted = true;
        w.emit(i + 1, [`${line.trimEnd()}（列第一位者为牵头单位）`]);
      } else w.emit(i + 1, [line]);
    });
    return w.finish();
  },
};

export interface TableOptions {
  /** `tab`: one row a line, cells between tabs; `stacked`: one cell a line, blank lines between. */
  layout: "tab" | "stacked";
  /** Print the task titles of the table in traditional script. */
  otherScript?: boolean;
}

/**
 * The clauses taken out of the body and printed as an appended division-of-labour
 * table (附件 重点任务分工表: 序号 · 重点任务 · 牵头单位 · 责任单位 · 完成时限), one row
 * per task, the task named by its title (its lead phrase, without its number).
 */
export function divisionTable(options: TableOptions): Transform {
  return {
    name: `units-table-${options.layout}${options.otherScript ? "-other-script" : ""}`,
    apply(text) {
      const clauses = labelledClauses(text);
      const rows: string[][] = [];
      clauses.forEach((c, k) => {
        // The task the clause closes: the last `N.` opening a task between the previous clause and this one.
        const from = k > 0 ? clauses[k - 1].end : 0;
        const before = text.slice(from, c.start);
        const task = [...before.matchAll(/(?:^|\n|[〕）)])\s*(\d{1,2})[.、．]\s*([^。\n]{2,40})。/g)].pop();
        if (!task) return;
        const title = options.otherScript ? toTraditional(task[2]) : task[2];
        // The time column: the last year the task's own text names, else 持续推进 (ongoing).
        const years = [...before.slice(task.index!).matchAll(/(20\d\d)\s*年/g)].map((y) => Number(y[1]));
        const due = years.length ? `${Math.max(...years)}年底前` : "持续推进";
        rows.push([task[1], title, c.lead ?? "", c.responsible ?? "", due]);
      });
      const header = ["序号", "重点任务", "牵头单位", "责任单位", "完成时限"];
      const table = options.layout === "tab" ? [header, ...rows].map((r) => r.join("\t")) : stacked(header, rows);
      return rewriteClauses(this.name, () => "", () => ["", "", "附件", "", "重点任务分工表", "", ...table]).apply(text);
    },
  };
}

function stacked(header: string[], rows: string[][]): string[] {
  const out: string[] = [];
  for (const cell of header) out.push(cell, "");
  for (const row of rows) for (const cell of row) out.push(cell || "——", "");
  return out;
}

import { matchKey } from "../../../common/text-keys";
import type { DivisionReport, TaskNode, UnitMention, Warning } from "../../model";
import type { SourceText } from "../../normalize/source-text";
import { findDeadlines } from "../deadlines";
import type { Cell } from "../indicators/cells";
import { chineseNumber } from "../numbering";
import { splitUnitNames } from "../units";
import { blank, type DivisionRole, type DivisionRow, type DivisionTable } from "./table";

/** `1.` `（一）` `（四）12.` in front of a task cell: the numbers the body prints. */
const NUMBERING = /^(?:\(?([一二三四五六七八九十]+)[)、]\s*)?(\d{1,3})?\s*[.、]?\s*/;
/** `X(牵头)` in a list: the lead. */
const LEAD_MARK = /\((?:牵头|牵头单位)\)$/;
/** A range of years in a time column (2021—2025年): due at its end. */
const RANGE = /(20\d\d)\s*年?\s*[-—~至到]+\s*(20\d\d)/g;
/** Title keys shorter than this never join by containment: 完善制度 would join half a plan. */
const MIN_TITLE = 4;

/**
 * Gives each task of the body its units, deadline and schedule from its row of a
 * division-of-labour table, the row's cells as the source. A row is joined to the
 * body's task by title (either script, the row's cell naming the task's lead
 * phrase or starting with it), else by the number the row prints for it. A row
 * with no body task becomes a task of its own under the table, with a warning
 * naming it; the body's tasks with no row are listed in the report.
 */
export function joinDivision(source: SourceText, tables: DivisionTable[], tasks: TaskNode[]): { tasks: TaskNode[]; warnings: Warning[]; reports: DivisionReport[] } {
  const warnings: Warning[] = [];
  const reports: DivisionReport[] = [];
  const out = [...tasks];
  const candidates = tasks.filter((t) => t.kind === "TASK" || t.kind === "SUBTASK");
  tables.forEach((table, k) => {
    const at = (role: DivisionRole) => table.columns.findIndex((c) => c.role === role);
    const joined = new Set<string>();
    const unmatched: DivisionReport["unmatchedRows"] = [];
    const annexPath = tables.length > 1 ? `annex${k + 1}` : "annex";
    let annex: TaskNode | undefined;
    table.rows.forEach((row, r) => {
      const taskCell = row.cells[at("task")];
      const task = findTask(candidates, taskCell, row.cells[at("index")]);
      const units = unitsOf(source, table, row);
      const deadlines = deadlinesOf(row, at("deadline"), at("task"), at("measures"));
      const time = row.cells[at("deadline")];
      const schedule = blank(time) ? undefined : source.printed(time!.line, time!.start, time!.end).trim();
      if (task) {
        joined.add(task.path);
        addUnits(task, units);
        task.deadlines = [...new Set([...task.deadlines, ...deadlines])].sort((a, b) => a - b);
        if (schedule) task.schedule = schedule;
        return;
      }
      annex ??= annexNode(source, table, annexPath, out);
      const title = taskCell && !blank(taskCell) ? source.printed(taskCell.line, taskCell.start, taskCell.end).trim() : `row ${r + 1}`;
      const node: TaskNode = {
        path: `${annexPath}/${r + 1}`,
        parentPath: annexPath,
        kind: "TASK",
        number: String(r + 1),
        title: firstSentence(title),
        text: row.cells.filter((c): c is Cell => !blank(c)).map((c) => source.printed(c.line, c.start, c.end).trim()).join("\n"),
        deadlines,
        units,
        acting: [],
        source: rowSpan(source, row),
        ...(schedule ? { schedule } : {}),
      };
      out.push(node);
      unmatched.push({ line: row.line, title: node.title, path: node.path });
      warnings.push({ line: row.line, message: `row ${r + 1} of the division-of-labour table names a task the body does not print ("${node.title.slice(0, 30)}"): read as task ${node.path} under the table` });
    });
    const withoutRow = candidates.filter((t) => t.kind === "TASK" && !joined.has(t.path)).map((t) => t.path);
    if (withoutRow.length) {
      warnings.push({ line: table.firstLine, message: `${withoutRow.length} tasks of the body have no row in the division-of-labour table: ${withoutRow.slice(0, 12).join(", ")}${withoutRow.length > 12 ? ", …" : ""}` });
    }
    reports.push({ line: table.firstLine, rows: table.rows.length, joined: joined.size, unmatchedRows: unmatched, tasksWithoutRow: withoutRow });
  });
  return { tasks: out, warnings, reports };
}

/** The body's task a row names: by title, else by the number it prints (in the task cell, else its 序号). */
function findTask(tasks: TaskNode[], taskCell: Cell | undefined, indexCell: Cell | undefined): TaskNode | undefined {
  if (!taskCell || blank(taskCell)) return undefined;
  const m = NUMBERING.exec(taskCell.text)!;
  const key = matchKey(taskCell.text.slice(m[0].length));
  const head = matchKey(firstSentence(taskCell.text.slice(m[0].length)));
  const byTitle = tasks.filter((t) => {
    const title = matchKey(t.title);
    return title === head || (title.length >= MIN_TITLE && key.startsWith(title)) || (head.length >= MIN_TITLE && title.startsWith(head));
  });
  const printedNumber = m[2] ?? (indexCell && /^\d{1,3}$/.test(indexCell.text) ? indexCell.text : undefined);
  const part = m[1] ? chineseNumber(m[1]) : undefined;
  const byNumber = (list: TaskNode[]) => list.filter((t) => t.number === printedNumber && (part === undefined || t.path.split("/").includes(String(part))));
  if (byTitle.length === 1) return byTitle[0];
  if (byTitle.length > 1) return byNumber(byTitle)[0] ?? byTitle[0];
  if (!m[2]) return undefined;
  const numbered = byNumber(tasks);
  return numbered.length === 1 ? numbered[0] : undefined;
}

function unitsOf(source: SourceText, table: DivisionTable, row: DivisionRow): UnitMention[] {
  const units: UnitMention[] = [];
  table.columns.forEach((column, i) => {
    if (column.role !== "lead" && column.role !== "responsible") return;
    const cell = row.cells[i];
    if (blank(cell)) return;
    for (const n of splitUnitNames(cell!.text, 0, cell!.text.length)) {
      const mark = LEAD_MARK.exec(n.name);
      const end = mark ? n.start + mark.index : n.end;
      const from = cell!.start + n.start;
      const to = cell!.start + end;
      units.push({
        name: source.printed(cell!.line, from, to).trim(),
        role: mark || column.role === "lead" ? "LEAD" : "RESPONSIBLE",
        roleText: mark ? "牵头" : column.printed,
        convention: "TABLE",
        source: source.span(cell!.line, from, cell!.line, to),
      });
    }
  });
  return units;
}

/** The row's deadline column (every year, a range by its end), and the milestone years its task and measures name. */
function deadlinesOf(row: DivisionRow, deadlineAt: number, taskAt: number, measuresAt: number): number[] {
  const years = new Set<number>();
  const time = row.cells[deadlineAt];
  if (!blank(time)) {
    let text = time!.text;
    for (const m of text.matchAll(RANGE)) years.add(Number(m[2]));
    text = text.replace(RANGE, "");
    for (const m of text.matchAll(/(20\d\d)\s*年?/g)) years.add(Number(m[1]));
  }
  for (const i of [taskAt, measuresAt]) if (!blank(row.cells[i])) for (const y of findDeadlines(row.cells[i]!.text)) years.add(y);
  return [...years].sort((a, b) => a - b);
}

function addUnits(task: TaskNode, units: UnitMention[]): void {
  for (const u of units) {
    if (!task.units.some((x) => matchKey(x.name) === matchKey(u.name) && x.role === u.role)) task.units.push(u);
  }
  // A task given its units by the table is no longer read for acting departments.
  if (task.units.length) task.acting = [];
}

/** The table as a node of the outline, holding the rows that name no task of the body. */
function annexNode(source: SourceText, table: DivisionTable, path: string, out: TaskNode[]): TaskNode {
  const line = table.caption?.line ?? table.firstLine;
  const span = source.lineSpan(line);
  const node: TaskNode = {
    path,
    kind: "CHAPTER",
    title: table.caption ? source.printed(line).trim() : "重点任务分工表",
    text: source.printed(line).trim(),
    deadlines: [],
    units: [],
    acting: [],
    source: span,
  };
  out.push(node);
  return node;
}

function rowSpan(source: SourceText, row: DivisionRow) {
  const cells = row.cells.filter((c): c is Cell => c !== undefined);
  const first = cells[0];
  const last = cells[cells.length - 1];
  return source.span(first.line, first.start, last.line, Math.max(last.end, last.start + 1));
}

function firstSentence(text: string): string {
  const stop = text.search(/[。;]/);
  return (stop > 0 ? text.slice(0, stop) : text).trim();
}

import { isEmptyCell, matchKey } from "../../../common/text-keys";
import type { Warning } from "../../model";
import type { SourceText } from "../../normalize/source-text";
import { type Cell, gridCells, isGridLine, lineCell } from "../indicators/cells";

/** What ends a table printed one cell per line: a heading of the outline (a numbered cell does not). */
const STACKED_END = /^(?:第[一二三四五六七八九十百零〇\d]+[章节篇部分]|[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|专栏\s*\d+|附件|附表)/;

/**
 * Division-of-labour tables (重点任务分工表, 任务分工方案, 责任分工): the tables in
 * which a document, usually in an appendix, says who leads and who shares each
 * task, and by when. Found by their header, whatever the layout the table arrives
 * in (a row per line with tab, pipe or HTML cells; or one cell per line), with
 * each column mapped by its meaning.
 */
export type DivisionRole = "index" | "task" | "measures" | "lead" | "responsible" | "deadline" | "remarks";

/**
 * Header words of each column, whole (a header cell is a short label, never a
 * caption such as 重点任务分工表). First match wins: 牵头单位 is a unit column,
 * 完成时限 a deadline.
 */
const ROLES: [RegExp, DivisionRole][] = [
  [/^(?:序号|编号|序)$/, "index"],
  [/^(?:牵头|主责|主办)(?:单位|部门)?$/, "lead"],
  [/^(?:责任|配合|参与|协同|协办|协助|实施)(?:单位|部门)(?:\(部门\)|\(单位\))?$/, "responsible"],
  [/^(?:完成|办结)?(?:时限|时间|期限)(?:要求|安排)?$|^(?:时间|进度)安排$|^(?:时间)?节点$/, "deadline"],
  [/^(?:具体|工作|主要|政策)?(?:措施|举措)$|^(?:具体|工作|主要)内容$|^实施路径$/, "measures"],
  [/^(?:重点|主要|具体|改革|工作|目标)?(?:工作)?任务(?:内容|名称|事项)?$|^(?:工作|重点)?事项$|^(?:工作)?项目(?:名称)?$|^内容$/, "task"],
  [/^(?:备注|说明)$/, "remarks"],
];

const MAX_HEADER_CELL = 12;

export interface DivisionColumn {
  role: DivisionRole;
  /** The header cell as printed, the role word units of this column keep (牵头单位, 配合单位 …). */
  printed: string;
}

export interface DivisionRow {
  /** The line the row starts on. */
  line: number;
  /** One cell per column (undefined where the row prints none). */
  cells: (Cell | undefined)[];
}

export interface DivisionTable {
  columns: DivisionColumn[];
  rows: DivisionRow[];
  /** Header to last row. */
  firstLine: number;
  lastLine: number;
  /** The short line above the header that names the table (重点任务分工表), if any. */
  caption?: { line: number; text: string };
}

function roleOf(text: string): DivisionRole | undefined {
  const key = matchKey(text);
  if (!key || key.length > MAX_HEADER_CELL) return undefined;
  return ROLES.find(([pattern]) => pattern.test(key))?.[1];
}

/** A header names the task and at least one unit column. */
function isHeader(roles: DivisionRole[]): boolean {
  return roles.includes("task") && (roles.includes("lead") || roles.includes("responsible")) && roles.length >= 3;
}

/** Every division-of-labour table of the document, with the lines it covers. */
export function findDivisionTables(source: SourceText, skip: Set<number>): { tables: DivisionTable[]; lines: Set<number>; warnings: Warning[] } {
  const tables: DivisionTable[] = [];
  const lines = new Set<number>();
  const warnings: Warning[] = [];
  for (let n = 1; n <= source.lines.length; n++) {
    if (skip.has(n) || !source.line(n).text) continue;
    const table = gridTableAt(source, n, skip) ?? stackedTableAt(source, n, skip, warnings);
    if (!table) continue;
    table.caption = captionAbove(source, table.firstLine, skip);
    tables.push(table);
    for (let k = table.firstLine; k <= table.lastLine; k++) lines.add(k);
    n = table.lastLine;
  }
  return { tables, lines, warnings };
}

function columnsOf(cells: Cell[]): DivisionColumn[] | undefined {
  const columns: DivisionColumn[] = [];
  for (const c of cells) {
    if (!c.text) return undefined;
    const role = roleOf(c.text);
    if (!role) return undefined;
    columns.push({ role, printed: c.text.replace(/\s+/g, "") });
  }
  return isHeader(columns.map((c) => c.role)) ? columns : undefined;
}

/** A header row of cells, then rows of cells until a line that is neither a row nor blank. */
function gridTableAt(source: SourceText, no: number, skip: Set<number>): DivisionTable | undefined {
  const line = source.line(no);
  if (!isGridLine(line)) return undefined;
  const headerCells = trimEmptyTail(gridCells(line));
  const columns = columnsOf(headerCells);
  if (!columns) return undefined;
  const rows: DivisionRow[] = [];
  let last = no;
  for (let n = no + 1; n <= source.lines.length; n++) {
    const l = source.line(n);
    if (skip.has(n) || !l.text) continue;
    if (!isGridLine(l)) break;
    const cells = gridCells(l);
    // The header printed again after a page break.
    if (columnsOf(trimEmptyTail(cells))) {
      last = n;
      continue;
    }
    rows.push({ line: n, cells: columns.map((_, i) => cells[i]) });
    last = n;
  }
  return rows.length ? { columns, rows, firstLine: no, lastLine: last } : undefined;
}

/**
 * A table printed one cell per line: a run of short header words, then the cells in
 * reading order. Rows are cut at the numbers of the 序号 column (1, 2, 3 …), which
 * survive where empty cells are left out; without that column, by the count of
 * columns. The table ends at a heading, or a line of prose too long for a cell.
 */
function stackedTableAt(source: SourceText, no: number, skip: Set<number>, warnings: Warning[]): DivisionTable | undefined {
  const header: Cell[] = [];
  let n = no;
  for (; n <= source.lines.length; n++) {
    const l = source.line(n);
    if (skip.has(n) || !l.text) continue;
    if (isGridLine(l) || !roleOf(l.text)) break;
    header.push(lineCell(l));
  }
  const columns = columnsOf(header);
  if (!columns || header.length < 3) return undefined;
  const cells: Cell[] = [];
  for (; n <= source.lines.length; n++) {
    const l = source.line(n);
    if (skip.has(n) || !l.text) continue;
    if (isGridLine(l) || STACKED_END.test(l.text) || l.text.length > 200) break;
    cells.push(lineCell(l));
  }
  const indexAt = columns.findIndex((c) => c.role === "index");
  const groups = indexAt === 0 ? byIndex(cells) : byCount(cells, columns.length);
  if (!groups.length) return undefined;
  const rows = groups.map((g) => ({ line: g[0].line, cells: columns.map((_, i) => g[i]) }));
  const used = groups.reduce((k, g) => k + g.length, 0);
  if (used < cells.length) warnings.push({ line: cells[used].line, message: `${cells.length - used} cells after the last row of the division-of-labour table are not read` });
  const lastCell = groups[groups.length - 1][groups[groups.length - 1].length - 1];
  return { columns, rows, firstLine: header[0].line, lastLine: lastCell.line };
}

/** Rows that start at the next number of the 序号 column. */
function byIndex(cells: Cell[]): Cell[][] {
  const groups: Cell[][] = [];
  let expected = 1;
  for (const c of cells) {
    const m = /^(\d{1,3})[.、]?$/.exec(c.text);
    if (m && Number(m[1]) === expected) {
      groups.push([c]);
      expected++;
    } else if (groups.length) groups[groups.length - 1].push(c);
  }
  return groups;
}

function byCount(cells: Cell[], columns: number): Cell[][] {
  const groups: Cell[][] = [];
  for (let i = 0; i + columns <= cells.length; i += columns) groups.push(cells.slice(i, i + columns));
  return groups;
}

function trimEmptyTail(cells: Cell[]): Cell[] {
  const out = [...cells];
  while (out.length && !out[out.length - 1].text) out.pop();
  return out;
}

function captionAbove(source: SourceText, first: number, skip: Set<number>): { line: number; text: string } | undefined {
  for (let n = first - 1; n >= 1 && n >= first - 4; n--) {
    const l = source.line(n);
    if (skip.has(n) || !l.text) continue;
    return l.text.length <= 40 && !/。/.test(l.text) ? { line: n, text: l.text } : undefined;
  }
  return undefined;
}

/** A cell that prints nothing: empty, or a dash for an empty cell. */
export function blank(cell: Cell | undefined): boolean {
  return !cell || !cell.text || isEmptyCell(cell.text);
}

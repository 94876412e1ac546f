import type { IndicatorTableKind } from "../../model";
import { matchKey } from "../../../common/text-keys";
import type { SourceText } from "../../normalize/source-text";
import { type Cell, gridCells, isGridLine, lineCell } from "./cells";

export type Role =
  | "name"
  | "category"
  | "unit"
  | "baseline"
  | "target"
  | "achieved"
  | "planned"
  | "year"
  | "attribute"
  | "remarks"
  | "index"
  | "blank";

export interface Column {
  role: Role;
  /** The header cell as normalized; "" for a blank header cell. */
  label: string;
  year?: number;
}

export interface Header {
  layout: "grid" | "stacked";
  columns: Column[];
  firstLine: number;
  lastLine: number;
  /** Equal for a header and its repetition after a page break. */
  key: string;
}

/** First match wins: `2015年基数` is a baseline, not a year; `指标属性` an attribute, not a name. */
const ROLES: [RegExp, Role][] = [
  [/属性/, "attribute"],
  [/维度|类别|类型|领域|分类/, "category"],
  [/备注|说明/, "remarks"],
  [/^(计量)?单位$/, "unit"],
  [/^序号$/, "index"],
  [/完成|实际/, "achieved"],
  [/规划目标|计划目标|规划值/, "planned"],
  [/基数|基期|基准|现状/, "baseline"],
  [/目标/, "target"],
  [/(?:19|20)\d\d/, "year"],
  [/指标|名称|项目/, "name"],
];

export function roleOf(text: string): Role | undefined {
  const key = matchKey(text);
  if (!key) return "blank";
  return ROLES.find(([pattern]) => pattern.test(key))?.[1];
}

function column(text: string): Column | undefined {
  const role = roleOf(text);
  if (!role) return undefined;
  const year = role === "year" ? Number(/(?:19|20)\d\d/.exec(matchKey(text))![0]) : undefined;
  return { role, label: matchKey(text), year };
}

/** A header names the indicator column and at least one other thing a table of indicators has. */
function isHeader(columns: Column[]): boolean {
  const roles = columns.map((c) => c.role).filter((r) => r !== "blank");
  return roles.includes("name") && roles.length >= 2;
}

function keyOf(columns: Column[]): string {
  return columns.map((c) => c.label).join("|");
}

/** A tab-separated header line: every non-empty cell is a header word (`主要指标	2020年	2025年	考察维度	指标属性`). */
export function gridHeaderAt(source: SourceText, no: number): Header | undefined {
  const line = source.line(no);
  if (!isGridLine(line)) return undefined;
  const columns: Column[] = [];
  for (const cell of gridCells(line)) {
    if (cell.text.length > 12) return undefined;
    const c = column(cell.text);
    if (!c) return undefined;
    columns.push(c);
  }
  while (columns.length && columns[columns.length - 1].role === "blank") columns.pop();
  if (!isHeader(columns)) return undefined;
  return { layout: "grid", columns, firstLine: no, lastLine: no, key: keyOf(columns) };
}

const MAX_STACKED_HEADER_CELL = 8;

/**
 * A header printed one cell per line (blank lines between): a run of at least three
 * short header words. A header cell wrapped over two lines (`指标` / `属性`) is
 * rejoined when its first half would repeat a role the run already has.
 */
export function stackedHeaderAt(source: SourceText, no: number, skip: Set<number>): Header | undefined {
  const cells: Cell[] = [];
  for (let n = no; n <= source.lines.length; n++) {
    const line = source.line(n);
    if (skip.has(n) || !line.text) {
      if (cells.length === 0) return undefined;
      continue;
    }
    if (isGridLine(line) || line.text.length > MAX_STACKED_HEADER_CELL || !roleOf(line.text)) break;
    cells.push(lineCell(line));
  }
  const columns: Column[] = [];
  let lastLine = no;
  for (let i = 0; i < cells.length; i++) {
    let c = column(cells[i].text)!;
    const next = cells[i + 1];
    if (next && columns.some((k) => k.role === c.role)) {
      const joined = column(cells[i].text + next.text);
      if (joined && joined.role !== c.role) {
        c = joined;
        i++;
      }
    }
    columns.push(c);
    lastLine = cells[i].line;
  }
  const hasValue = columns.some((c) => ["year", "attribute", "baseline", "target", "achieved"].includes(c.role));
  if (columns.length < 3 || !isHeader(columns) || !hasValue) return undefined;
  return { layout: "stacked", columns, firstLine: no, lastLine, key: keyOf(columns) };
}

/** The nearest non-blank line above the header: the table's title, e.g. `“十三五”时期医疗保障主要指标完成情况`. */
export function captionOf(source: SourceText, header: Header, skip: Set<number>): { line: number; text: string } | undefined {
  for (let n = header.firstLine - 1; n >= 1 && n >= header.firstLine - 4; n--) {
    if (!skip.has(n) && source.line(n).text) return { line: n, text: source.line(n).text };
  }
  return undefined;
}

/** A 十三五 table reports what was achieved (`2020年完成数`, `…完成情况`); any other is a goal table. */
export function tableKind(header: Header, caption: string): IndicatorTableKind {
  return header.columns.some((c) => c.role === "achieved") || /完成/.test(caption) ? "completion" : "target";
}

export type ValueField = "baseline" | "target" | "note";

/**
 * Which value column feeds which field. A goal table: baseline = the base-year
 * column (`2020年`, `2020年基数`), target = the goal column (`2025年`, `2025年目标值`).
 * A completion table: baseline = the period's base (`2015年基数`), target = what was
 * achieved (`2020年完成数`), so that baseline→target reads start→end of the period in
 * both kinds; the planned goal (`“十三五”规划目标`) has no field and becomes a note.
 * Bare year columns fill what the labelled ones leave: earliest → baseline, latest → target.
 */
export function valueFields(columns: Column[], kind: IndicatorTableKind): (ValueField | undefined)[] {
  const fields: (ValueField | undefined)[] = columns.map((c) => {
    switch (c.role) {
      case "baseline":
        return "baseline";
      case "achieved":
        return "target";
      case "target":
      case "planned":
        return kind === "target" ? "target" : "note";
      default:
        return undefined;
    }
  });
  const years = columns
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.role === "year")
    .sort((a, b) => a.c.year! - b.c.year!);
  for (const { i } of years) fields[i] = "note";
  if (years.length && !fields.includes("target")) fields[years[years.length - 1].i] = "target";
  if (years.length > 1 && !fields.includes("baseline")) fields[years[0].i] = "baseline";
  return fields;
}

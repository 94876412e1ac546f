import type { IndicatorTableKind, Warning } from "../../model";
import { isEmptyCell, matchKey } from "../../../common/text-keys";
import type { SourceText } from "../../normalize/source-text";
import { type Cell, cellsSpan, isGridLine, lineCell, printed } from "./cells";
import { type Header, stackedHeaderAt, valueFields } from "./header";
import type { TableRead } from "./grid";
import type { RowDraft } from "./row";
import { UNIT } from "./value";

/** Lines that end a table printed one cell per line: headings, prose, notes. */
const TABLE_END = /^(第[一二三四五六七八九十百零〇]+[章节篇部分]|[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|专栏\s*\d+|注[:\s]|——)/;
const MAX_CELL = 80;
const ATTRIBUTE = /^(约束|预期)性?$/;
/** A cell that can only be a value: a number, a comparator, an empty-cell dash, stability wording. */
const VALUE = /^([<>≥≤=]|\d|(稳定|保持|持续|达到|不低于|不高于))/;
/** A category is a short heading (`参保覆盖`, `基金安全`); a name ends like a measure. */
const MEASURE_END = /(率|比例|收入|支出|品种|人数|次数|金额|费用|数|额|面)$/;

/**
 * Reads a table printed one cell per line (清远). Cells come in reading order and
 * empty cells are often left out, so rows cannot be cut by column count: a row ends
 * at its attribute cell (约束性/预期性). Within a row, the cells before the unit
 * (or, without a unit cell, before the first value-like cell) are labels: a short
 * heading first is the category (printed on a group's first row only, inherited
 * after), the rest is the name, rejoined when it wraps over two lines. The cells
 * after are the values, filled from the right: one value under two year columns is
 * the target, since a goal table always has a goal and a new indicator no baseline.
 */
export function readStacked(source: SourceText, header: Header, kind: IndicatorTableKind, skip: Set<number>, warnings: Warning[]): TableRead {
  const cells: Cell[] = [];
  for (let n = header.lastLine + 1; n <= source.lines.length; n++) {
    const line = source.line(n);
    if (skip.has(n) || !line.text) continue;
    if (isGridLine(line) || TABLE_END.test(line.text) || line.text.includes("。") || line.text.length > MAX_CELL) break;
    const again = stackedHeaderAt(source, n, skip);
    if (again?.key === header.key) {
      n = again.lastLine;
      continue;
    }
    cells.push(lineCell(line));
  }
  const roles = header.columns.map((c) => c.role);
  const groups = roles.includes("attribute") ? byAttribute(cells) : byCount(cells, roles.length, warnings);
  const used = groups.reduce((n, g) => n + g.length, 0);
  const rest = cells.slice(used);
  if (rest.some((c) => VALUE.test(matchKey(c.text)) || UNIT.test(matchKey(c.text)))) {
    warnings.push({ line: rest[0].line, message: `cells after the last row look like a row without its attribute: ${rest.map((c) => c.text).join(" / ")}` });
  }
  const fields = valueFields(header.columns, kind).filter((f): f is "baseline" | "target" => f === "baseline" || f === "target");
  const drafts: RowDraft[] = [];
  let category: string | undefined;
  for (const group of groups) {
    const draft = rowOf(source, group, roles.includes("category"), roles.includes("unit"), fields, warnings);
    if (!draft) continue;
    if (draft.category) category = draft.category;
    draft.category = category;
    drafts.push(draft);
  }
  const lastLine = groups.length ? groups[groups.length - 1][groups[groups.length - 1].length - 1].line : header.lastLine;
  return { drafts, lastLine };
}

function byAttribute(cells: Cell[]): Cell[][] {
  const groups: Cell[][] = [];
  let open: Cell[] = [];
  for (const cell of cells) {
    open.push(cell);
    if (ATTRIBUTE.test(matchKey(cell.text))) {
      groups.push(open);
      open = [];
    }
  }
  return groups;
}

function byCount(cells: Cell[], columns: number, warnings: Warning[]): Cell[][] {
  const groups: Cell[][] = [];
  for (let i = 0; i + columns <= cells.length; i += columns) groups.push(cells.slice(i, i + columns));
  if (cells.length % columns) warnings.push({ line: cells[0].line, message: `${cells.length} cells do not fill rows of ${columns} columns` });
  return groups;
}

function rowOf(
  source: SourceText,
  group: Cell[],
  hasCategory: boolean,
  hasUnit: boolean,
  fields: ("baseline" | "target")[],
  warnings: Warning[],
): RowDraft | undefined {
  const first = group[0].line;
  const attributeCell = group[group.length - 1];
  const body = ATTRIBUTE.test(matchKey(attributeCell.text)) ? group.slice(0, -1) : group;
  const unitAt = hasUnit ? body.findIndex((c, i) => i > 0 && UNIT.test(matchKey(c.text))) : -1;
  const valuesAt = unitAt >= 0 ? unitAt + 1 : body.findIndex((c, i) => i > 0 && (VALUE.test(matchKey(c.text)) || isEmptyCell(c.text)));
  const labels = body.slice(0, unitAt >= 0 ? unitAt : valuesAt < 0 ? body.length : valuesAt);
  const values = valuesAt < 0 ? [] : body.slice(valuesAt);
  const draft: RowDraft = { nameParts: [], notes: [], markers: [], source: cellsSpan(source, group[0], group[group.length - 1]) };
  const text = (cell: Cell): string => {
    const p = printed(source, cell);
    draft.markers.push(...p.markers);
    return p.text;
  };
  if (hasCategory && labels.length >= 2 && isCategory(labels[0].text)) draft.category = text(labels.shift()!);
  if (labels.length === 0) {
    warnings.push({ line: first, message: "a row without an indicator name is skipped" });
    return undefined;
  }
  draft.nameParts = labels.map(text);
  if (unitAt >= 0) draft.unit = text(body[unitAt]);
  if (body !== group) draft.attribute = text(attributeCell);
  if (values.length > fields.length) {
    warnings.push({ line: first, message: `${values.length} values for ${fields.length} value columns; the extra values are ignored` });
  } else if (values.length < fields.length) {
    const missing = fields.slice(0, fields.length - values.length).join(" and ");
    warnings.push({ line: first, message: `${values.length} value(s) for ${fields.length} value columns: no ${missing} read` });
  }
  const offset = fields.length - Math.min(values.length, fields.length);
  values.slice(0, fields.length).forEach((cell, i) => (draft[fields[offset + i]] = text(cell)));
  return draft;
}

function isCategory(text: string): boolean {
  const key = matchKey(text);
  return key.length <= 6 && !/\d/.test(key) && !MEASURE_END.test(key);
}

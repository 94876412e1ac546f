import type { IndicatorTableKind, Warning } from "../../model";
import { isEmptyCell, matchKey } from "../../../common/text-keys";
import type { SourceText } from "../../normalize/source-text";
import { type Cell, cellsSpan, gridCells, isGridLine, printed } from "./cells";
import { gridHeaderAt, type Header, valueFields } from "./header";
import type { RowDraft } from "./row";

export interface TableRead {
  drafts: RowDraft[];
  lastLine: number;
}

/**
 * Reads the tab-separated rows under a grid header, across blank lines and
 * repetitions of the same header (page breaks). Ends at the first line that is
 * neither: prose, a heading, a one-cell title line, or a different header.
 */
export function readGrid(source: SourceText, header: Header, kind: IndicatorTableKind, skip: Set<number>, warnings: Warning[]): TableRead {
  const lines: Cell[][] = [];
  let lastLine = header.lastLine;
  for (let n = header.lastLine + 1; n <= source.lines.length; n++) {
    const line = source.line(n);
    if (skip.has(n) || !line.text.replace(/\t/g, "").trim()) continue;
    if (!isGridLine(line)) break;
    const again = gridHeaderAt(source, n);
    if (again) {
      if (again.key !== header.key) break;
      lastLine = n;
      continue;
    }
    const cells = gridCells(line);
    if (cells.filter((c) => c.text).length <= 1 && cells[0].text) break;
    lines.push(cells);
    lastLine = n;
  }
  const hasValueColumn = valueFields(header.columns, kind).some((f) => f === "baseline" || f === "target");
  const drafts = hasValueColumn ? rowsOf(source, header, kind, lines, warnings) : groupRows(source, header, lines, warnings);
  return { drafts, lastLine };
}

/** A short label without digits: `职工`, `城乡居民` — not a value such as `12 个统筹地区` or `保持稳定`. */
function isSubLabel(cell: Cell): boolean {
  const key = matchKey(cell.text);
  return !!key && key.length <= 8 && !/\d|稳定|保持|持续/.test(key) && !isEmptyCell(key);
}

/**
 * One row per line. A row with one cell more than the header carries a sub-row
 * slot after the name (江西: `4. 基本医保…比例(%)	职工	80 左右	稳定在 80 以上	约束性`):
 * a short label there qualifies the name; otherwise the slot and the next cell are
 * one merged value cell, whichever of the two is filled. A row with an empty name
 * cell and a label continues the previous row's name; an empty category cell
 * inherits the category above.
 */
function rowsOf(source: SourceText, header: Header, kind: IndicatorTableKind, lines: Cell[][], warnings: Warning[]): RowDraft[] {
  const fields = valueFields(header.columns, kind);
  const roles = header.columns.map((c) => c.role);
  const nameAt = roles.indexOf("name");
  const drafts: RowDraft[] = [];
  let category: string | undefined;
  let parent: string | undefined;
  for (const line of lines) {
    const cells = line.slice();
    const no = cells[0].line;
    while (cells.length > roles.length && !cells[cells.length - 1].text) cells.pop();
    let qualifier: Cell | undefined;
    const extra = cells.length - roles.length;
    if (extra === 1) {
      const [slot, next] = [cells[nameAt + 1], cells[nameAt + 2]];
      if (isSubLabel(slot)) {
        qualifier = slot;
        cells.splice(nameAt + 1, 1);
      } else {
        if (slot.text && next?.text) warnings.push({ line: no, message: `two value cells "${slot.text}" and "${next.text}" where the header has one column; read the first` });
        cells.splice(nameAt + 1, 2, slot.text || !next ? slot : next);
      }
    } else if (extra > 1) {
      warnings.push({ line: no, message: `${cells.length} cells under a header of ${roles.length} columns; the extra cells are ignored` });
    }
    const draft: RowDraft = { nameParts: [], notes: [], markers: [], source: cellsSpan(source, ...ends(line)) };
    const text = (i: number): string | undefined => {
      if (i < 0 || !cells[i]) return undefined;
      const p = printed(source, cells[i]);
      draft.markers.push(...p.markers);
      return p.text;
    };
    if (qualifier) {
      const p = printed(source, qualifier);
      draft.qualifier = p.text;
      draft.markers.push(...p.markers);
    }
    const name = text(nameAt);
    if (name) parent = name;
    else if (!qualifier || parent === undefined) {
      warnings.push({ line: no, message: "a row without an indicator name is skipped" });
      continue;
    }
    draft.nameParts = [name || parent!];
    const printedCategory = text(roles.indexOf("category"));
    if (printedCategory) category = printedCategory;
    draft.category = category;
    draft.unit = text(roles.indexOf("unit")) || undefined;
    draft.attribute = text(roles.indexOf("attribute")) || undefined;
    fields.forEach((field, i) => {
      if (!field) return;
      const value = text(i);
      if (field === "baseline") draft.baseline = value;
      if (field === "target") draft.target = value;
      if (field === "note" && value && !isEmptyCell(value)) draft.notes.push(`${labelOf(source, header, i)}: ${value}`);
    });
    const remarks = text(roles.indexOf("remarks"));
    if (remarks) draft.notes.push(remarks);
    drafts.push(draft);
  }
  return drafts;
}

/**
 * A table whose header names no value column (江西 `十三五时期其他医疗保障指标完成情况`):
 * a line names the indicator and, in the following cells, its measures
 * (`1. 基本医疗保险基金 (含生育保险)	总收入(亿元)	总支出(亿元)	…`); the next line,
 * with an empty name cell, holds the value under each measure. One row per measure,
 * named `<indicator>(<measure>)`, its value read as the period's end value (target).
 */
function groupRows(source: SourceText, header: Header, lines: Cell[][], warnings: Warning[]): RowDraft[] {
  const roles = header.columns.map((c) => c.role);
  const nameAt = Math.max(0, roles.indexOf("name"));
  const remarksAt = roles.indexOf("remarks");
  const drafts: RowDraft[] = [];
  for (let i = 0; i < lines.length; i++) {
    const labels = lines[i];
    const values = lines[i + 1];
    if (!labels[nameAt]?.text) {
      warnings.push({ line: labels[0].line, message: "a line of values without a line of measure labels above it is skipped" });
      continue;
    }
    if (!values || values[nameAt]?.text) {
      warnings.push({ line: labels[0].line, message: "a line of measure labels without a line of values below it is skipped" });
      continue;
    }
    i++;
    const name = printed(source, labels[nameAt]);
    const remarks = [labels[remarksAt], values[remarksAt]].filter((c): c is Cell => !!c?.text).map((c) => printed(source, c).text);
    labels.forEach((label, j) => {
      if (j === nameAt || j === remarksAt || !label.text) return;
      const value = values[j]?.text ? values[j] : undefined;
      drafts.push({
        nameParts: [name.text],
        qualifier: printed(source, label).text,
        target: value ? printed(source, value).text : undefined,
        notes: [...remarks],
        markers: [...name.markers],
        source: cellsSpan(source, labels[nameAt], value ?? label),
      });
    });
  }
  return drafts;
}

function ends(cells: Cell[]): [Cell, Cell] {
  const filled = cells.filter((c) => c.text);
  return [filled[0] ?? cells[0], filled[filled.length - 1] ?? cells[0]];
}

function labelOf(source: SourceText, header: Header, column: number): string {
  const cell = gridCells(source.line(header.firstLine))[column];
  return cell ? printed(source, cell).text.replace(/\s+/g, "") : header.columns[column].label;
}

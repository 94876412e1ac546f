import type { IndicatorRow, Warning } from "../model";
import type { SourceText } from "../normalize/source-text";
import { gridCells, isGridLine } from "./indicators/cells";
import { readGrid } from "./indicators/grid";
import { isTocEntry } from "./layout";
import { captionOf, gridHeaderAt, stackedHeaderAt, tableKind } from "./indicators/header";
import { attachNotes } from "./indicators/notes";
import { finishRow } from "./indicators/row";
import { readStacked } from "./indicators/stacked";

export { indicatorConcept } from "./indicators/concept";
export { parseIndicatorValue } from "./indicators/value";

export interface IndicatorParse {
  rows: IndicatorRow[];
  warnings: Warning[];
  /** Every line number that belongs to a table (header, cells, notes), so the outline parser skips them. */
  tableLines: Set<number>;
  /** The caption line above each table: part of the table for the coverage report, left to the outline to read (a 专栏 title). */
  captionLines: number[];
}

/**
 * Finds the indicator tables of a document by their headers, not by position:
 * a tab-separated header line (`主要指标	2020年	2025年	考察维度	指标属性`) or a
 * header printed one cell per line (`类别` / `指标名称` / `单位` / `2020年` …).
 * `skip` holds the lines dropped as page furniture. Table titles above a header are
 * not table lines: they are left to the outline (a 专栏 title is a heading there).
 */
export function parseIndicators(source: SourceText, skip: Set<number>): IndicatorParse {
  const rows: IndicatorRow[] = [];
  const warnings: Warning[] = [];
  const tableLines = new Set<number>();
  const captionLines: number[] = [];
  for (let n = 1; n <= source.lines.length; n++) {
    if (skip.has(n) || !source.line(n).text) continue;
    const header = gridHeaderAt(source, n) ?? stackedHeaderAt(source, n, skip);
    if (!header) continue;
    const caption = captionOf(source, header, skip);
    if (caption) captionLines.push(caption.line);
    const kind = tableKind(header, caption?.text ?? "");
    const read = header.layout === "grid" ? readGrid(source, header, kind, skip, warnings) : readStacked(source, header, kind, skip, warnings);
    const lastLine = attachNotes(source, read.drafts, read.lastLine, skip, warnings);
    for (const draft of read.drafts) rows.push(finishRow(draft, kind, rows.length + 1, warnings));
    for (let t = header.firstLine; t <= lastLine; t++) tableLines.add(t);
    n = lastLine;
  }
  warnings.push(...unreadTables(source, skip, tableLines));
  warnings.sort((a, b) => a.line - b.line);
  return { rows, warnings, tableLines, captionLines };
}

/**
 * Rows of cells that no table reader took: a table whose header names no indicator
 * column. Said with its lines, so that a table lost to an unknown layout is never
 * lost in silence. A table of contents (headings with page numbers) is no table.
 */
function unreadTables(source: SourceText, skip: Set<number>, tableLines: Set<number>): Warning[] {
  const warnings: Warning[] = [];
  let run: number[] = [];
  const flush = () => {
    if (run.length >= 2) {
      const head = gridCells(source.line(run[0])).map((c) => c.text).filter(Boolean).join(" | ");
      warnings.push({
        line: run[0],
        message: `a table of ${run.length} rows (lines ${run[0]}–${run[run.length - 1]}) was not read: its first row (${head.slice(0, 60)}) names no indicator columns (指标, 2020年, 2025年, 目标值, 指标属性 …)`,
      });
    }
    run = [];
  };
  for (const line of source.lines) {
    if (skip.has(line.no) || !line.text) continue;
    const row = isGridLine(line) && gridCells(line).filter((c) => c.text).length >= 2 && !tableLines.has(line.no) && !isTocEntry(line.text.replace(/\t/g, " "));
    if (row) run.push(line.no);
    else flush();
  }
  flush();
  return warnings;
}

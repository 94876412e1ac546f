import ExcelJS from "exceljs";
import type { Writable } from "stream";
import type { Row } from "../../db";
import { keysetBatches, Read } from "../keyset";
import { AuditSheet, AUDIT_SHEETS } from "./sheets";

export interface AuditWorkbookOptions {
  /** Rows per read transaction (the API's page cap). */
  batchSize: number;
  /** Checked between batches: a client that went away stops the reading. */
  signal?: AbortSignal;
  progress?: (message: string) => void;
  now?: Date;
  /** The sheets to write (every audit sheet unless given) and their queries' parameters. */
  sheets?: AuditSheet[];
  params?: Row;
  /** Lines for the 说明 sheet saying how the rows were narrowed (e.g. the department). */
  narrowedBy?: [string, string][];
}

export interface AuditWorkbookSummary {
  sheets: { name: string; rows: number }[];
}

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF7" } };

/**
 * Streams the audit workbook to `out`: each sheet is read in keyset batches and its
 * rows committed as they come, so memory does not grow with the graph. Strings are
 * written inline (no shared-strings table, which would be held until the end).
 * Every sheet has a frozen, filterable header row and fixed column widths.
 */
export async function writeAuditWorkbook(out: Writable, read: Read, opts: AuditWorkbookOptions): Promise<AuditWorkbookSummary> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = "policy-graph";
  wb.created = opts.now ?? new Date();
  const sheets = opts.sheets ?? AUDIT_SHEETS;
  writeAboutSheet(wb, wb.created, sheets, opts.narrowedBy ?? []);
  const summary: AuditWorkbookSummary = { sheets: [] };
  for (const sheet of sheets) {
    const rows = await writeSheet(wb, sheet, read, opts);
    summary.sheets.push({ name: sheet.name, rows });
    opts.progress?.(`${sheet.name}: ${rows} rows`);
  }
  await wb.commit();
  return summary;
}

function addSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, name: string, columns: { header: string; key: string; width: number }[]) {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1, activeCell: "A2" }] });
  ws.columns = columns;
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.fill = HEADER_FILL;
  header.alignment = { vertical: "middle" };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  header.commit();
  return ws;
}

async function writeSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, sheet: AuditSheet, read: Read, opts: AuditWorkbookOptions): Promise<number> {
  const ws = addSheet(wb, sheet.name, sheet.columns);
  let rows = 0;
  for await (const batch of keysetBatches(read, sheet.query, { after: null, batchSize: opts.batchSize, params: opts.params })) {
    opts.signal?.throwIfAborted();
    for (const row of batch.rows) ws.addRow(cells(sheet, sheet.mapRow ? sheet.mapRow(row) : row)).commit();
    rows += batch.rows.length;
  }
  ws.commit();
  return rows;
}

function cells(sheet: AuditSheet, row: Row): (string | number | boolean | null)[] {
  return sheet.columns.map((c) => {
    const v = row[c.key] ?? null;
    return c.cell ? c.cell(v) : (v as string | number | boolean | null);
  });
}

/** 说明: what each sheet answers, and when the workbook was made. */
function writeAboutSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, now: Date, sheets: AuditSheet[], narrowedBy: [string, string][]): void {
  const ws = addSheet(wb, "说明", [
    { header: "工作表 Sheet", key: "sheet", width: 22 },
    { header: "内容 What it answers", key: "answers", width: 120 },
  ]);
  for (const s of sheets) ws.addRow([s.name, s.answers]).commit();
  ws.addRow([]).commit();
  for (const line of narrowedBy) ws.addRow(line).commit();
  ws.addRow(["生成时间 Generated", now.toISOString()]).commit();
  ws.addRow(["来源 Source", "policy-graph: the same Neo4j graph and read path as the GraphQL API"]).commit();
  ws.commit();
}

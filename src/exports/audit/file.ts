import * as fs from "fs";
import * as path from "path";
import { pipeline } from "stream/promises";
import { PassThrough } from "stream";
import type { Read } from "../keyset";
import { AuditWorkbookOptions, AuditWorkbookSummary, writeAuditWorkbook } from "./workbook";

/**
 * Writes the audit workbook to `file` through a temporary file renamed at the end,
 * so a failed run never leaves a truncated workbook under the requested name.
 */
export async function writeAuditWorkbookFile(file: string, read: Read, opts: AuditWorkbookOptions): Promise<AuditWorkbookSummary> {
  const target = path.resolve(file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.${process.pid}.partial`;
  const through = new PassThrough();
  const written = pipeline(through, fs.createWriteStream(partial));
  try {
    const summary = await writeAuditWorkbook(through, read, opts);
    await written;
    fs.renameSync(partial, target);
    return summary;
  } catch (e) {
    through.destroy();
    await written.catch(() => undefined);
    fs.rmSync(partial, { force: true });
    throw e;
  }
}

import type { Request, Response } from "express";
import type { Config } from "../../config";
import type { Database } from "../../db";
import type { Logger } from "../../log";
import type { Read } from "../keyset";
import { DOSSIER_PARAMS, DossierFilter, dossierParams, parseDossierFilter } from "../dossier";
import { rejectUnknown } from "../params";
import { DEPARTMENT_TASKS_SHEET } from "./sheets";
import { abortStream, sendExportError } from "../respond";
import { writeAuditWorkbook } from "./workbook";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * `GET /export/audit.xlsx`: the workbook streams as it is built. Neo4j is pinged
 * first, so a database that is down is a 503 rather than a broken download.
 */
export async function auditWorkbookRoute(req: Request, res: Response, deps: { config: Config; db: Database; read: Read; log: Logger }): Promise<void> {
  const started = performance.now();
  let department: DossierFilter | null;
  try {
    rejectUnknown(req.query as Record<string, unknown>, DOSSIER_PARAMS);
    department = parseDossierFilter(req.query as Record<string, unknown>);
    await deps.db.ping();
  } catch (e) {
    return sendExportError(res, e, deps.log, "audit.xlsx");
  }
  const gone = new AbortController();
  res.on("close", () => {
    if (!res.writableFinished) gone.abort(new Error("the client closed the connection"));
  });
  res.status(200);
  res.setHeader("content-type", XLSX);
  res.setHeader("content-disposition", `attachment; filename="${department ? "policy-graph-department-tasks" : "policy-graph-audit"}.xlsx"`);
  res.setHeader("cache-control", "no-store");
  try {
    const summary = await writeAuditWorkbook(res, deps.read, {
      batchSize: deps.config.graphql.maxFirst,
      signal: gone.signal,
      // ?departmentId=…: the dossier's list with its units, one sheet (see src/exports/dossier.ts).
      ...(department ? { sheets: [DEPARTMENT_TASKS_SHEET], params: dossierParams(department), narrowedBy: narrowing(department) } : {}),
    });
    deps.log.info("export", { requestId: res.locals.requestId, export: "audit.xlsx", sheets: summary.sheets, ms: Math.round(performance.now() - started) });
  } catch (e) {
    if (gone.signal.aborted) return void deps.log.info("export aborted by the client", { requestId: res.locals.requestId, export: "audit.xlsx" });
    abortStream(res, e, deps.log, "audit.xlsx");
  }
}

function narrowing(f: DossierFilter): [string, string][] {
  return [
    ["部门 Department", f.departmentId],
    ["角色 Role", f.role],
    ...(f.planId ? [["规划 Plan", f.planId] as [string, string]] : []),
    ...(f.dueBy !== null ? [["时限不晚于 Due by", String(f.dueBy)] as [string, string]] : []),
  ];
}

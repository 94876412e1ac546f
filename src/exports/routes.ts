import type express from "express";
import type { Config } from "../config";
import type { CypherLibrary } from "../cypher";
import type { Database } from "../db";
import type { Logger } from "../log";
import { auditWorkbookRoute } from "./audit/route";
import { AUDIT_SHEETS, DEPARTMENT_TASKS_SHEET } from "./audit/sheets";
import { EXPORTS, exportNamed } from "./definitions";
import type { Read } from "./keyset";
import { streamTableExport } from "./table-export";

export interface ExportDeps {
  config: Config;
  db: Database;
  cypher: CypherLibrary;
  log: Logger;
}

/**
 * `GET /export/<tasks|units|lineage|indicators|departments>` (NDJSON or CSV) and
 * `GET /export/audit.xlsx`: bulk reads over the same named queries, read transactions
 * and page cap as the GraphQL API. Every query is looked up here, so a missing
 * Cypher file stops the boot rather than the first export.
 */
export function registerExportRoutes(app: express.Express, deps: ExportDeps): void {
  for (const q of [
    ...Object.values(EXPORTS).flatMap((d) => [d.query, ...(d.departmentQuery ? [d.departmentQuery] : [])]),
    ...AUDIT_SHEETS.map((s) => s.query),
    DEPARTMENT_TASKS_SHEET.query,
  ])
    deps.cypher.get(q);
  const read: Read = (name, params) => deps.db.read(name, deps.cypher.get(name), params);

  app.get("/export/audit.xlsx", (req, res) => auditWorkbookRoute(req, res, { ...deps, read }));
  app.get("/export/:name", (req, res) => {
    const def = exportNamed(req.params.name);
    if (!def) {
      return void res.status(404).json({
        error: `no export named ${JSON.stringify(req.params.name)}: exports are ${Object.keys(EXPORTS).join(", ")} and audit.xlsx`,
        code: "NOT_FOUND",
      });
    }
    return streamTableExport(def, req, res, { config: deps.config, read, log: deps.log });
  });
}

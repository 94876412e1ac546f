import type { Request, Response } from "express";
import type { Config } from "../config";
import type { Logger } from "../log";
import { encodeExportCursor } from "./cursor";
import { CSV_BOM, csvLine, csvRows } from "./csv";
import type { ExportDefinition } from "./definitions";
import { Batch, keysetBatches, Read } from "./keyset";
import { ndjsonRows } from "./ndjson";
import { dossierParams } from "./dossier";
import { ExportRequest, parseExportQuery } from "./params";
import { abortStream, sendExportError } from "./respond";
import { ResponseSink } from "./sink";

const CONTENT_TYPES = { ndjson: "application/x-ndjson; charset=utf-8", csv: "text/csv; charset=utf-8; header=present" };

/**
 * `GET /export/<name>`: paged (`first`, and the next page's cursor in `x-next-cursor`
 * and a `Link: rel="next"` header) or whole (every row after `after`, streamed batch
 * by batch as it is read). The first batch is read before the status is sent, so a
 * bad cursor or a database that is down still gets a proper 400 or 503.
 */
export async function streamTableExport(def: ExportDefinition, req: Request, res: Response, deps: { config: Config; read: Read; log: Logger }): Promise<void> {
  const started = performance.now();
  let request: ExportRequest;
  let batches: AsyncGenerator<Batch>;
  let first: IteratorResult<Batch>;
  try {
    request = parseExportQuery(def, req.query as Record<string, unknown>, deps.config.graphql.maxFirst);
    const batchSize = request.first ?? deps.config.graphql.maxFirst;
    const narrowed = request.department && def.departmentQuery;
    batches = keysetBatches(deps.read, narrowed ? def.departmentQuery! : def.query, {
      after: request.after,
      batchSize,
      total: request.first ?? undefined,
      params: request.department ? dossierParams(request.department) : undefined,
    });
    first = await batches.next();
  } catch (e) {
    return sendExportError(res, e, deps.log, def.name);
  }

  const csv = request.format !== "ndjson";
  const format = (batch: Batch["rows"]) => {
    const rows = def.mapRow ? batch.map(def.mapRow) : batch;
    return csv ? csvRows(def.columns, rows) : ndjsonRows(def.columns, rows);
  };
  res.status(200);
  res.setHeader("content-type", CONTENT_TYPES[csv ? "csv" : "ndjson"]);
  res.setHeader("content-disposition", `attachment; filename="${def.name}.${csv ? "csv" : "ndjson"}"`);
  res.setHeader("cache-control", "no-store");
  res.setHeader("access-control-expose-headers", "x-next-cursor, link, x-request-id");
  if (request.first !== null && !first.done && first.value.more && first.value.lastKey) {
    const cursor = encodeExportCursor(def, first.value.lastKey);
    res.setHeader("x-next-cursor", cursor);
    res.setHeader("link", `<${nextUrl(req, cursor)}>; rel="next"`);
  }

  const sink = new ResponseSink(res);
  let rows = 0;
  try {
    let ok = await sink.write((request.bom ? CSV_BOM : "") + (csv ? csvLine(def.columns) : ""));
    let batch = first;
    while (ok && !batch.done) {
      rows += batch.value.rows.length;
      ok = await sink.write(format(batch.value.rows));
      if (ok) batch = await batches.next();
    }
    if (!ok) {
      // The client went away: stop reading (the generator's next batch is never asked for).
      await batches.return(undefined);
      deps.log.info("export aborted by the client", { requestId: res.locals.requestId, export: def.name, rows });
      return;
    }
    res.end();
  } catch (e) {
    return abortStream(res, e, deps.log, def.name);
  }
  deps.log.info("export", {
    requestId: res.locals.requestId,
    export: def.name,
    format: request.format,
    paged: request.first !== null,
    rows,
    ms: Math.round(performance.now() - started),
  });
}

/** The same request with `after` set to the next page's cursor, as a path and query. */
function nextUrl(req: Request, cursor: string): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(req.query)) if (k !== "after" && typeof v === "string") params.set(k, v);
  params.set("after", cursor);
  return `${req.baseUrl}${req.path}?${params.toString()}`;
}

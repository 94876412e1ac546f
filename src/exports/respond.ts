import type { Response } from "express";
import { BadUserInputError, DatabaseUnavailableError } from "../errors";
import type { Logger } from "../log";

/**
 * The error boundary of the export endpoints, for errors raised before the first
 * byte is sent: 400 naming the bad parameter, 503 when Neo4j is down, 500 (logged
 * in full, shown without internals) otherwise. The body is `{ error, code }`, plus
 * `argument` for a bad parameter.
 */
export function sendExportError(res: Response, e: unknown, log: Logger, what: string): void {
  if (e instanceof BadUserInputError) {
    res.status(400).json({ error: e.message, code: "BAD_USER_INPUT", argument: e.extensions.argument });
  } else if (e instanceof DatabaseUnavailableError) {
    res.status(503).json({ error: e.message, code: "DATABASE_UNAVAILABLE" });
  } else {
    log.error("export failed", { requestId: res.locals.requestId, export: what, error: e instanceof Error ? e.stack : String(e) });
    res.status(500).json({ error: "internal server error", code: "INTERNAL_SERVER_ERROR" });
  }
}

/**
 * After the headers are out the status cannot change: the connection is cut without
 * the final chunk, so the client sees a truncated transfer (an error), never a body
 * that looks complete.
 */
export function abortStream(res: Response, e: unknown, log: Logger, what: string): void {
  log.error("export failed while streaming", { requestId: res.locals.requestId, export: what, error: e instanceof Error ? e.stack : String(e) });
  res.destroy(e instanceof Error ? e : new Error(String(e)));
}

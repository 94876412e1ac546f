import type { NextFunction, Request, Response } from "express";
import type { Config } from "../config";
import type { Logger } from "../log";

/** Last on the stack: a route nobody serves. */
export function notFound(req: Request, res: Response): void {
  res.status(404).json({ error: `no route ${req.method} ${req.path}` });
}

/**
 * Errors thrown before GraphQL (body too large, not JSON) as GraphQL-shaped answers with
 * BAD_REQUEST; anything else is a 500, logged in full and answered without internals.
 */
export function httpErrorHandler(config: Config, log: Logger) {
  return (err: Error & { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) => {
    const status = err.status ?? 500;
    if (status >= 500) log.error("unhandled HTTP error", { requestId: res.locals.requestId, error: err.stack });
    const message =
      err.type === "entity.too.large"
        ? `request body is larger than the limit of ${config.http.bodyLimitBytes} bytes`
        : err.type === "entity.parse.failed"
          ? "request body is not valid JSON"
          : status >= 500
            ? "internal server error"
            : err.message;
    res.status(status).json({ errors: [{ message, extensions: { code: status >= 500 ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST" } }] });
  };
}

import { randomUUID } from "crypto";
import type { NextFunction, Request, Response } from "express";
import type { Config } from "../config";

/**
 * First on every request: its id (the client's `x-request-id`, cut to 100 characters,
 * or a new one) in `res.locals.requestId` and the response header; CORS for the allowed
 * origins; preflights answered here.
 */
export function requestBasics(config: Config) {
  return (req: Request, res: Response, next: NextFunction) => {
    const id = (req.headers["x-request-id"] as string | undefined)?.slice(0, 100) || randomUUID();
    res.locals.requestId = id;
    res.setHeader("x-request-id", id);
    cors(config, req, res);
    if (req.method === "OPTIONS") return void res.status(204).end();
    next();
  };
}

function cors(config: Config, req: Request, res: Response): void {
  const origin = req.headers.origin;
  if (!origin || !config.http.corsOrigins.length) return;
  if (config.http.corsOrigins.includes("*") || config.http.corsOrigins.includes(origin)) {
    res.setHeader("access-control-allow-origin", origin);
    res.setHeader("vary", "origin");
    res.setHeader("access-control-allow-headers", "content-type, x-request-id, apollo-require-preflight, if-none-match");
    res.setHeader("access-control-allow-methods", "GET, POST, OPTIONS");
    // A page's script may read the ETag to send it back as If-None-Match.
    res.setHeader("access-control-expose-headers", "etag, x-request-id");
  }
}

import type express from "express";
import * as fs from "fs";
import * as path from "path";
import type { Logger } from "./log";

/** Where `npm run build` writes the page (scripts/build-web.ts bundles web/ into it). */
export const AUDIT_PAGE_PATH = "/audit/";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
};

/**
 * The browser enforces what the tests check: the page loads and asks for nothing but
 * this origin (no CDN, no font service, no analytics). Inline styles are allowed
 * because the chart library and the layout set style attributes from script.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join("; ");

export interface AuditPageAssets {
  /** File name (`index.html`, `app.js`, …) → body; empty when the page was not built. */
  files: Map<string, { type: string; body: Buffer }>;
  dir: string;
}

/** Reads the built page once at start; a page that was not built is reported, not fatal. */
export function loadAuditPage(projectRoot: string): AuditPageAssets {
  const dir = path.join(projectRoot, "dist", "web");
  const files = new Map<string, { type: string; body: Buffer }>();
  if (!fs.existsSync(path.join(dir, "index.html"))) return { files, dir };
  for (const name of fs.readdirSync(dir)) {
    const type = TYPES[path.extname(name)];
    if (type) files.set(name, { type, body: fs.readFileSync(path.join(dir, name)) });
  }
  return { files, dir };
}

/**
 * `GET /audit/` and its assets: the auditors' page, a client of the public GraphQL API
 * and export endpoints only. Every view lives in the URL's hash, so one HTML file
 * serves them all. When the page was not built (the service was compiled without
 * `npm run build`), /audit/ answers 503 saying so instead of a blank page.
 */
export function registerAuditPage(app: express.Express, assets: AuditPageAssets, log: Logger): void {
  if (!assets.files.size) log.warn("the auditors' page is not built: /audit/ will say so (run npm run build)", { dir: assets.dir });
  // Express matches /audit and /audit/ alike: only the one without the slash is sent on,
  // since the page names its assets relative to /audit/.
  app.get("/audit", (req, res) => (req.originalUrl.split("?")[0].endsWith("/") ? serve(res, assets, "index.html") : res.redirect(301, AUDIT_PAGE_PATH)));
  app.get("/audit/:file", (req, res) => serve(res, assets, req.params.file));
}

function serve(res: express.Response, assets: AuditPageAssets, name: string): void {
  const file = assets.files.get(name);
  if (!file) {
    if (!assets.files.size) {
      return void res.status(503).type("text/plain; charset=utf-8").send(`The auditors' page is not built (no ${path.join(assets.dir, "index.html")}): run npm run build, then restart.\n`);
    }
    return void res.status(404).json({ error: `no audit page file ${JSON.stringify(name)}` });
  }
  res.setHeader("content-security-policy", CONTENT_SECURITY_POLICY);
  res.setHeader("x-content-type-options", "nosniff");
  // The HTML names its assets without a version, so nothing may outlive a rebuild.
  res.setHeader("cache-control", "no-cache");
  res.type(file.type).send(file.body);
}

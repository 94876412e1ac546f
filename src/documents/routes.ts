import type express from "express";
import * as path from "path";
import type { CypherLibrary } from "../cypher";
import type { Database } from "../db";

export interface DocumentDeps {
  db: Database;
  cypher: CypherLibrary;
}

/** A plan id as given in a path: `Plan:001_aa40…` or its file stem `001_aa40…`. */
const planIdOf = (param: string) => (param.startsWith("Plan:") ? param : `Plan:${param}`);

/** Where the two renderings of a plan's document are served; GraphQL's `Plan.document` links here. */
export const documentPaths = (planId: string) => ({
  text: `/documents/${encodeURIComponent(planId)}/text`,
  original: `/documents/${encodeURIComponent(planId)}/original`,
});

/** How an original is served: its media type, and whether a browser may show it in place. */
const MEDIA: Record<string, { type: (encoding: string) => string; inline: boolean }> = {
  text: { type: (encoding) => `text/plain; charset=${encoding.replace(/ with BOM$/, "")}`, inline: true },
  // A government web page carries its own scripts: never run them on our origin (sandboxed, and downloaded).
  html: { type: () => "text/html", inline: false },
  docx: { type: () => "application/vnd.openxmlformats-officedocument.wordprocessingml.document", inline: false },
  pdf: { type: () => "application/pdf", inline: true },
};

/**
 * `GET /documents/<plan>/text`: the text we read, as extracted (UTF-8); every `Source`
 * line and offset the API gives points into it. `GET /documents/<plan>/original`: the
 * file as published (a PDF, a web page, GBK text), for an auditor to check our reading
 * against the page. Both read one SourceDocument node in a read transaction.
 */
export function registerDocumentRoutes(app: express.Express, deps: DocumentDeps): void {
  const read = (name: string, planId: string) => deps.db.read(name, deps.cypher.get(name), { planId });
  const notLoaded = (res: express.Response, planId: string) =>
    void res.status(404).json({ error: `no document is loaded for ${planId}: plan ids are listed by the plans query (loaded: true)`, code: "NOT_FOUND" });

  app.get("/documents/:plan/text", async (req, res, next) => {
    try {
      const planId = planIdOf(req.params.plan);
      const [row] = await read("documents/text", planId);
      if (!row) return notLoaded(res, planId);
      res.setHeader("content-disposition", `inline; filename*=UTF-8''${encodeURIComponent(`${path.parse(row.file as string).name}.txt`)}`);
      res.type("text/plain; charset=utf-8").send(row.text as string);
    } catch (e) {
      next(e);
    }
  });

  app.get("/documents/:plan/original", async (req, res, next) => {
    try {
      const planId = planIdOf(req.params.plan);
      const [row] = await read("documents/original", planId);
      if (!row) return notLoaded(res, planId);
      if (row.original == null) {
        return void res.status(404).json({
          error: `${planId} was loaded without its original file (${row.file}); load it again with npm run ingest to keep it. Its extracted text is at ${documentPaths(planId).text}`,
          code: "NOT_FOUND",
        });
      }
      const media = MEDIA[row.format as string] ?? { type: () => "application/octet-stream", inline: false };
      const name = encodeURIComponent(path.basename(row.file as string));
      res.setHeader("content-disposition", `${media.inline ? "inline" : "attachment"}; filename*=UTF-8''${name}`);
      res.setHeader("content-security-policy", "sandbox");
      res.setHeader("x-content-type-options", "nosniff");
      const bytes = row.original as Int8Array;
      res.type(media.type(row.encoding as string)).send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    } catch (e) {
      next(e);
    }
  });
}

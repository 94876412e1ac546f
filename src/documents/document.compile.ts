import { properties, single } from "../compile/fields";
import type { FieldCompilers, TypeCompilers } from "../compile/types";
import { documentPaths } from "./routes";
import { removedOf } from "./source-document.type";

export const documentTypes: TypeCompilers = { SourceDocument: { label: "SourceDocument" } };

/** Plan.document as Cypher: metadata only; the text and the bytes are served over HTTP (src/documents/routes.ts). */
export const documentFields: FieldCompilers = {
  "Plan.document": single("documents/of-plan"),
  ...properties("SourceDocument", ["file", "format", "encoding", "contentHash", "lineCount"]),
  "SourceDocument.removed": { compile: (s) => `${s.parent}.removed`, finish: removedOf },
  "SourceDocument.hasOriginal": { compile: (s) => `${s.parent}.original IS NOT NULL` },
  "SourceDocument.textUrl": { compile: (s) => `${s.parent}.planId`, finish: (planId: string) => documentPaths(planId).text },
  "SourceDocument.originalUrl": { compile: (s) => `${s.parent}.planId`, finish: (planId: string) => documentPaths(planId).original },
};

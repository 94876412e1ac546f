import { extractDocument } from "./formats";
import type { PlanDocument, SourceSpan } from "./model";
import { contentHashOf, parseText } from "./parse";

/**
 * Reading a document, once: bytes in whatever form a government published them
 * (text in any encoding, a web page, a Word file, a PDF; formats/) → the text the
 * reader parses → the document model, which the loader writes and lineage reads
 * (`PlanDocument.text` is the text every span points into, so neither decodes nor
 * parses again). For a PDF every span also names its page. The one way in for
 * every caller that has a file: the ingest command, the seed loader, the benchmarks.
 */
export async function readDocument(file: string, bytes: Uint8Array): Promise<PlanDocument> {
  const extracted = await extractDocument(file, bytes);
  const doc = parseText(file, extracted.text, contentHashOf(bytes), { format: extracted.format, encoding: extracted.encoding, removed: extracted.removed });
  if (extracted.pages) placeOnPages(doc, extracted.pages);
  return doc;
}

/** Sets the page of every span of the model: the page its first line is printed on. */
function placeOnPages(doc: PlanDocument, pages: number[]): void {
  const place = (s: SourceSpan) => {
    s.page = pages[s.line - 1];
  };
  place(doc.meta.source);
  doc.meta.cites.forEach((c) => place(c.source));
  for (const t of doc.tasks) {
    place(t.source);
    t.units.forEach((u) => place(u.source));
    t.acting.forEach((a) => place(a.source));
  }
  doc.indicators.forEach((r) => place(r.source));
}

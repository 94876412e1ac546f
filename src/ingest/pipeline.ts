import type { PlanDocument } from "./model";
import { parseDocument } from "./parse";

/**
 * Reading a document, once: bytes → the document model, which the loader writes
 * and lineage reads (`PlanDocument.text` is the text every span points into, so
 * neither decodes nor parses again). The one way in for every caller that has a
 * file: the ingest command, the seed loader, the benchmarks.
 */
export async function readDocument(file: string, bytes: Uint8Array): Promise<PlanDocument> {
  return parseDocument(file, bytes);
}

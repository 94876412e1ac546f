import { IngestError } from "../../normalize/errors";
import type { Extracted } from "../types";
import { readTextLayer } from "./text-layer";

export async function extractPdf(file: string, bytes: Uint8Array): Promise<Extracted> {
  const layer = await readTextLayer(bytes);
  if (!layer.ok) throw new IngestError(file, layer.message);
  return { text: JSON.stringify(layer.pages), format: "pdf", encoding: "pdf text layer", removed: [] };
}

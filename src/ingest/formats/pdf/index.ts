import { IngestError } from "../../normalize/errors";
import { RemovalLog, type Extracted } from "../types";
import { removeFurniture } from "./furniture";
import { pageLines } from "./lines";
import { reflow } from "./reflow";
import { readTextLayer } from "./text-layer";

/**
 * A PDF's text as the reader needs it, rebuilt from where pdf.js places each run of
 * text: lines from baselines, table rows from aligned gaps, paragraphs rejoined
 * across line and page breaks, running headers, footers and page numbers removed.
 * `pages` gives the page each output line starts on.
 */
export async function extractPdf(file: string, bytes: Uint8Array): Promise<Extracted> {
  const layer = await readTextLayer(bytes);
  if (!layer.ok) {
    throw new IngestError(
      file,
      layer.reason === "password"
        ? "encrypted PDF: it needs a password to open; open it with the password and save or print it to a PDF without one"
        : `corrupt PDF (${layer.message}); download it again or re-save it from a PDF reader`,
    );
  }
  const hasText = layer.pages.some((p) => p.items.some((i) => i.str.trim() !== ""));
  if (!hasText) {
    const scanned = layer.pages.some((p) => p.hasImages);
    throw new IngestError(
      file,
      scanned
        ? `scanned PDF: no text layer (its ${layer.pages.length} page(s) are images); run OCR first (e.g. \`ocrmypdf -l chi_sim in.pdf out.pdf\`) and load the result`
        : `PDF with no text on its ${layer.pages.length} page(s); check that it is the plan itself`,
    );
  }
  const removed = new RemovalLog();
  const pages = removeFurniture(layer.pages.map(pageLines), removed);
  const lines = reflow(pages);
  return { text: lines.map((l) => l.text).join("\n"), format: "pdf", encoding: "pdf text layer", pages: lines.map((l) => l.page), removed: removed.list() };
}

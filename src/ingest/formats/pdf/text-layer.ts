import * as path from "path";
import { pathToFileURL } from "url";
import { Worker } from "worker_threads";

/** One run of text as pdf.js places it on the page, in PDF units (1/72 in), y up from the page's bottom edge. */
export interface TextItem {
  str: string;
  x: number;
  /** The baseline. */
  y: number;
  width: number;
  /** The font size (the text matrix's vertical scale). */
  size: number;
}

export interface PageText {
  /** 1-based. */
  page: number;
  width: number;
  height: number;
  items: TextItem[];
  /** Whether the page paints images: a page with images and no text is a scan. */
  hasImages: boolean;
}

export type TextLayer = { ok: true; pages: PageText[] } | { ok: false; reason: "password" | "invalid"; message: string };

/**
 * pdf.js ships only as ES modules, which neither this CommonJS build nor Jest's module
 * system can load; a worker thread runs it in plain Node (and keeps a large document's
 * parsing off the main thread). It returns positioned text only: the geometry is ours.
 */
const WORKER = `
const { parentPort, workerData } = require("worker_threads");
(async () => {
  const pdfjs = await import(workerData.pdfjs);
  const task = pdfjs.getDocument({
    data: workerData.bytes,
    cMapUrl: workerData.cMaps,
    cMapPacked: true,
    standardFontDataUrl: workerData.standardFonts,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    const reason = e && e.name === "PasswordException" ? "password" : "invalid";
    parentPort.postMessage({ ok: false, reason, message: String((e && e.message) || e) });
    return;
  }
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [x0, y0, x1, y1] = page.view;
    const content = await page.getTextContent();
    const items = [];
    for (const it of content.items) {
      if (!("str" in it) || it.str === "") continue;
      const [a, b, c, d, e, f] = it.transform;
      items.push({ str: it.str, x: e - x0, y: f - y0, width: it.width, size: Math.hypot(c, d) || Math.hypot(a, b) });
    }
    let hasImages = false;
    if (!items.some((i) => i.str.trim() !== "")) {
      const ops = await page.getOperatorList();
      const paint = new Set([pdfjs.OPS.paintImageXObject, pdfjs.OPS.paintInlineImageXObject, pdfjs.OPS.paintImageMaskXObject]);
      hasImages = ops.fnArray.some((fn) => paint.has(fn));
    }
    pages.push({ page: n, width: x1 - x0, height: y1 - y0, items, hasImages });
    page.cleanup();
  }
  await doc.destroy();
  parentPort.postMessage({ ok: true, pages });
})().catch((e) => parentPort.postMessage({ ok: false, reason: "invalid", message: String((e && e.message) || e) }));
`;

const READ_LIMIT_MS = 120_000;

export async function readTextLayer(bytes: Uint8Array): Promise<TextLayer> {
  const pdfjsMain = require.resolve("pdfjs-dist/legacy/build/pdf.mjs");
  const root = path.resolve(path.dirname(pdfjsMain), "..", "..");
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: {
      pdfjs: pathToFileURL(pdfjsMain).href,
      bytes: new Uint8Array(bytes),
      // pdf.js needs the CMaps to map CJK fonts' character codes to Unicode, and the standard fonts' metrics.
      cMaps: path.join(root, "cmaps") + path.sep,
      standardFonts: path.join(root, "standard_fonts") + path.sep,
    },
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    return await new Promise<TextLayer>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
      worker.once("exit", (code) => reject(new Error(`the PDF reader stopped (exit code ${code}) before it answered`)));
      // A crafted or broken file can keep pdf.js busy for ever: give up rather than hang the load.
      timer = setTimeout(() => resolve({ ok: false, reason: "invalid", message: `pdf.js did not finish reading it in ${READ_LIMIT_MS / 1000} s` }), READ_LIMIT_MS);
    });
  } finally {
    clearTimeout(timer);
    await worker.terminate();
  }
}

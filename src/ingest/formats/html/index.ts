import { parse } from "parse5";
import { IngestError } from "../../normalize/errors";
import { RemovalLog, type Extracted } from "../types";
import { decodePage } from "./charset";
import { findFirst } from "./dom";
import { renderLines } from "./lines";
import { mainArticle } from "./main-article";

/**
 * A web page's document text. parse5 builds the tree exactly as a browser would
 * (implied <tbody>, unclosed <p>, misnested tags on hand-edited government pages),
 * so what we read is what a person sees.
 */
export function extractHtml(file: string, bytes: Uint8Array): Extracted {
  const { html, encoding } = decodePage(bytes, file);
  const document = parse(html);
  const body = findFirst(document, "body");
  if (!body) throw new IngestError(file, "web page without a body; save the page again from the browser");
  const root = mainArticle(body);
  // Furniture is counted over the whole page (the report says what the page held), the text taken from the article.
  const removed = new RemovalLog();
  const pageLines = renderLines(body, removed);
  const lines = root === body ? pageLines : renderLines(root, new RemovalLog());
  const kept = new Set(lines);
  const outside = pageLines.filter((l) => l !== "" && !kept.has(l));
  if (outside.length > 0) removed.add("outside the main article", outside[0], outside.length);
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  if (lines.length === 0) throw new IngestError(file, "web page with no readable text (only scripts, menus or images); save the document's own page or its attachment");
  return { text: lines.join("\n"), format: "html", encoding, removed: removed.list() };
}


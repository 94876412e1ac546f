import { createHash } from "crypto";
import type { PlanDocument, Warning } from "../model";
import { decodeDocument } from "../normalize/decode";
import { findFurniture } from "../normalize/furniture";
import { paragraphs } from "../normalize/paragraphs";
import { SourceText } from "../normalize/source-text";
import { parseIndicators } from "./indicators";
import { parseMeta } from "./meta";
import { parseOutline } from "./outline";
import { detectStyle } from "./registry";
import { truncationWarnings } from "./truncation";
import { placeholderUnitWarnings } from "./unit-regions";

export { detectStyle, STYLES, type Style, type StyleConfig, type StyleName } from "./registry";

/**
 * One document, bytes to model: decode, drop page furniture (reported in
 * `dropped`, line numbers kept), read the indicator tables, group paragraphs,
 * detect the style from the text, then read the plan's facts and its outline.
 * Throws IngestError for a document that cannot be read; everything else that
 * looks wrong is a warning, sorted by line.
 */
export function parseDocument(file: string, bytes: Uint8Array): PlanDocument {
  const source = new SourceText(file, decodeDocument(bytes, file));
  const dropped = findFurniture(source.lines);
  const skip = new Set(dropped.map((d) => d.line));
  const indicators = parseIndicators(source, skip);
  const paras = paragraphs(source, skip);
  const style = detectStyle(source);
  const meta = parseMeta(source, paras);
  const outline = parseOutline(source, paras, indicators.tableLines, style.config);
  const cut = truncationWarnings(source, paras, indicators.tableLines, skip, outline.tasks);
  const units = placeholderUnitWarnings(meta.meta.region, outline.tasks);
  const warnings: Warning[] = [...indicators.warnings, ...meta.warnings, ...outline.warnings, ...cut, ...units].sort((a, b) => a.line - b.line);
  return {
    file,
    contentHash: createHash("sha256").update(bytes).digest("hex"),
    style: style.name,
    meta: meta.meta,
    tasks: outline.tasks,
    indicators: indicators.rows,
    dropped,
    warnings,
  };
}

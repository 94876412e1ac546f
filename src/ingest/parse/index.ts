import { createHash } from "crypto";
import type { PlanDocument, Warning } from "../model";
import { decodeText } from "../formats/text";
import { findFurniture } from "../normalize/furniture";
import { paragraphs } from "../normalize/paragraphs";
import { SourceText } from "../normalize/source-text";
import { coverage } from "./coverage";
import { joinDivision } from "./division/join";
import { findDivisionTables } from "./division/table";
import { parseIndicators } from "./indicators";
import { layout } from "./layout";
import { layoutFeatures } from "./layout-features";
import { parseMeta } from "./meta";
import { parseOutline } from "./outline";
import { truncationWarnings } from "./truncation";
import { FIRST_LISTED_NOTE } from "./units";
import { unitWarnings } from "./unit-warnings";

/**
 * One document's text to model, in layers that do not know about each other:
 * the lines with their markup taken off and script and width folded
 * (SourceText), page furniture dropped (reported in `dropped`, line numbers
 * kept), the indicator tables, paragraphs rejoined across page breaks and hard
 * wraps, the plan's facts, and its outline read by one grammar of numbering
 * marks. Throws IngestError for a document that cannot be read; everything else
 * that looks wrong is a warning, sorted by line, and every line is accounted for
 * in `coverage`.
 */
export function parseText(file: string, text: string, contentHash: string, format: Pick<PlanDocument, "format" | "encoding" | "removed"> = TEXT): PlanDocument {
  const source = new SourceText(file, text);
  const dropped = findFurniture(source.lines);
  const skip = new Set(dropped.map((d) => d.line));
  // Division-of-labour tables first: their unit columns set them apart, and no indicator reader may take their rows.
  const division = findDivisionTables(source, skip);
  const indicators = parseIndicators(source, new Set([...skip, ...division.lines]));
  const tableLines = new Set([...indicators.tableLines, ...division.lines]);
  const paras = paragraphs(source, skip);
  const meta = parseMeta(source, paras);
  // A note that the first unit listed leads (列第一位者为牵头单位) governs every clause printed after it.
  const firstListedFrom = paras.find((p) => FIRST_LISTED_NOTE.test(p.text))?.line;
  const outline = parseOutline(source, paras, tableLines, { firstListedFrom });
  const joined = joinDivision(source, division.tables, outline.tasks);
  // A document may well end with an appended table of units; ending inside an indicator table is what looks cut.
  const cut = truncationWarnings(source, paras, indicators.tableLines, skip, joined.tasks);
  const units = unitWarnings(meta.meta.region, joined.tasks);
  const read = coverage(source, {
    dropped,
    layout: layout(paras),
    meta: meta.meta,
    tasks: joined.tasks,
    indicators: indicators.rows,
    tableLines,
    captionLines: [...indicators.captionLines, ...division.tables.flatMap((t) => (t.caption ? [t.caption.line] : []))],
    leftOut: outline.leftOut,
  });
  const warnings: Warning[] = [...division.warnings, ...indicators.warnings, ...meta.warnings, ...outline.warnings, ...joined.warnings, ...cut, ...units, ...read.warnings].sort(
    (a, b) => a.line - b.line,
  );
  return {
    file,
    contentHash,
    text,
    ...format,
    layout: layoutFeatures(source, skip, dropped),
    coverage: read.coverage,
    meta: meta.meta,
    tasks: joined.tasks,
    indicators: indicators.rows,
    division: joined.reports,
    dropped,
    warnings,
  };
}

const TEXT = { format: "text" as const, encoding: "utf-8", removed: [] };

/**
 * A text document's bytes to model, synchronously: decoded (UTF-8, a BOM, GB18030/GBK;
 * formats/text.ts), then read by `parseText`. Other formats go through the pipeline
 * (pipeline.ts), which extracts their text first.
 */
export function parseDocument(file: string, bytes: Uint8Array): PlanDocument {
  const decoded = decodeText(bytes, file);
  return parseText(file, decoded.text, contentHashOf(bytes), { ...TEXT, encoding: decoded.encoding });
}

export function contentHashOf(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

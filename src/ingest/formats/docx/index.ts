import { strFromU8, unzipSync } from "fflate";
import { IngestError } from "../../normalize/errors";
import { RemovalLog, type Extracted } from "../types";
import { bodyLines } from "./body";
import { Numbering } from "./numbering";
import { StyleNumbering } from "./styles";
import { child, parseXml } from "./xml";

/**
 * A Word document's printed text, read from its XML parts: word/document.xml for the
 * text, word/numbering.xml and word/styles.xml for the automatic numbers, which
 * libraries that convert to HTML (mammoth) turn into <ol> lists and so lose the
 * printed 一、 （一） markers the reader needs.
 */
export function extractDocx(file: string, bytes: Uint8Array): Extracted {
  const parts = unzip(file, bytes);
  const documentXml = parts["word/document.xml"];
  if (!documentXml) throw new IngestError(file, notWordProblem(parts));
  const document = parseXml(strFromU8(documentXml));
  const body = child(document, "body");
  if (!body) throw new IngestError(file, "corrupt Word document: word/document.xml is not readable XML with a body; open it in Word or LibreOffice and save it again as .docx");
  const xml = (name: string) => (parts[name] ? parseXml(strFromU8(parts[name])) : undefined);
  const removed = new RemovalLog();
  const lines = bodyLines(body, { numbering: new Numbering(xml("word/numbering.xml")), styles: new StyleNumbering(xml("word/styles.xml")), removed });
  for (const [name, data] of Object.entries(parts)) {
    const kind = /^word\/(header|footer)\d*\.xml$/.exec(name)?.[1];
    const text = kind ? (parseXml(strFromU8(data))?.textContent ?? "").trim() : "";
    if (text) removed.add(kind === "header" ? "page header" : "page footer", text);
  }
  if (lines.length === 0) throw new IngestError(file, "Word document with no text (it may hold only images, e.g. scanned pages); run OCR first or give the plan as text");
  return { text: lines.join("\n"), format: "docx", encoding: "utf-8", removed: removed.list() };
}

function unzip(file: string, bytes: Uint8Array): Record<string, Uint8Array> {
  try {
    // Only the parts we read: a document's images can be most of its size.
    return unzipSync(bytes, { filter: (f) => /^word\/[^/]+\.xml$/.test(f.name) || /^(?:xl|ppt)\/[^/]+$/.test(f.name) });
  } catch (e) {
    throw new IngestError(
      file,
      `corrupt zip archive (${(e as Error).message}); the .docx is truncated or damaged: download it again, or open it in Word or LibreOffice and save it again`,
    );
  }
}

/** A zip that is not a Word document: say what it is when it is another Office file. */
function notWordProblem(parts: Record<string, Uint8Array>): string {
  const names = Object.keys(parts);
  if (names.some((n) => n.startsWith("xl/"))) return "Excel workbook (.xlsx), not a Word document; give the plan as .docx, PDF, HTML or text";
  if (names.some((n) => n.startsWith("ppt/"))) return "PowerPoint presentation (.pptx), not a Word document; give the plan as .docx, PDF, HTML or text";
  return "zip archive that is not a Word document (it has no word/document.xml); unpack it and load the plan inside";
}

import { IngestError } from "../normalize/errors";
import { extractDocx } from "./docx";
import { extractHtml } from "./html";
import { extractPdf } from "./pdf";
import { sniff } from "./sniff";
import { decodeText } from "./text";
import type { Extracted } from "./types";

export type { DocumentFormat, Extracted, Removed } from "./types";

/**
 * The decode/extract layer of reading: a document's bytes, in whatever form a
 * government published it, to the printed text the reader parses. The format is
 * chosen by content. What cannot be read is refused with one IngestError that names
 * the file, says what it is and what to do.
 */
export async function extractDocument(file: string, bytes: Uint8Array): Promise<Extracted> {
  const kind = sniff(bytes, file);
  switch (kind.kind) {
    case "empty":
      throw new IngestError(file, "the file is empty; there is nothing to read");
    case "pdf":
      return extractPdf(file, bytes);
    case "zip":
      return extractDocx(file, bytes);
    case "ole2":
      throw new IngestError(file, OLE2_PROBLEM[kind.holds]);
    case "binary":
      throw new IngestError(file, `binary file: ${kind.what}, not a document we read; give the plan as text (UTF-8 or GBK), HTML, .docx or PDF`);
    case "html":
      return extractHtml(file, bytes);
    case "text": {
      const { text, encoding } = decodeText(bytes, file);
      return { text, format: "text", encoding, removed: [] };
    }
  }
}

const OLE2_PROBLEM = {
  word: "legacy binary Word document (.doc, Word 97–2003), which cannot be read; open it in Word or LibreOffice and save it as .docx (or run `soffice --headless --convert-to docx FILE`)",
  encrypted: "password-protected Office document (an encrypted package); open it with its password, remove the protection and save it as .docx",
  other: "legacy binary Office file (an OLE2 compound file such as .xls or .ppt), not a Word document we read; save the plan as .docx or PDF",
};

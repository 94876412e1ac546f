import { IngestError } from "../normalize/errors";

export interface DecodedText {
  text: string;
  encoding: string;
}

/**
 * Decodes a plain-text document: UTF-8 (a BOM is stripped), UTF-16 with a BOM (what
 * Windows Notepad calls "Unicode"), or GB18030 when the bytes are not UTF-8: older
 * Chinese government sites publish GBK/GB2312, and GB18030 is their superset, so one
 * decoder reads all three. The text is otherwise untouched: its lines are the file's.
 */
export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  const decoded = decodeBytes(bytes, file);
  if (decoded.text.trim().length === 0) throw new IngestError(file, "the file holds only whitespace; there is nothing to read");
  return decoded;
}

function decodeBytes(bytes: Uint8Array, file: string): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strict("utf-8", bytes.subarray(3), file, "UTF-8 (it starts with a UTF-8 byte-order mark)"), encoding: "utf-8 with BOM" };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: strict("utf-16le", bytes.subarray(2), file, "UTF-16LE"), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: strict("utf-16be", bytes.subarray(2), file, "UTF-16BE"), encoding: "utf-16be" };
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new IngestError(
      file,
      "binary file (it contains NUL bytes) that is not a known document format; give the plan as text (UTF-8 or GBK), HTML, .docx or PDF",
    );
  }
  const utf8 = tryDecode("utf-8", bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: "utf-8" };
  const gb = tryDecode("gb18030", bytes);
  if (gb !== undefined && plausibleChinese(gb)) return { text: gb, encoding: "gb18030" };
  throw new IngestError(
    file,
    "text in an unknown encoding: it decodes neither as UTF-8 nor as GB18030/GBK; convert it to UTF-8 first (e.g. `iconv -f BIG5 -t UTF-8`) or check that it is a text file",
  );
}

function tryDecode(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function strict(encoding: string, bytes: Uint8Array, file: string, name: string): string {
  const text = tryDecode(encoding, bytes);
  if (text === undefined) throw new IngestError(file, `the file claims to be ${name} but holds bytes that are not; re-save it as UTF-8`);
  return text;
}

/**
 * GB18030 maps almost every byte pair to some character, so decoding without error
 * proves little: random bytes decode too. Text that really is Chinese consists of
 * common ideographs, ASCII and CJK punctuation; we require that of nearly all of it.
 */
export function plausibleChinese(text: string): boolean {
  let usual = 0;
  let total = 0;
  for (const ch of text) {
    total++;
    if (USUAL.test(ch)) usual++;
  }
  return total > 0 && usual / total >= 0.97;
}

// ASCII printable and whitespace; Latin-1 punctuation; general punctuation; circled and
// parenthesized numbers; box drawing; CJK symbols and punctuation; CJK ideographs; full-width forms.
const USUAL = /[\t\n\r\x20-\x7e\u00a0-\u00ff\u2000-\u206f\u2100-\u218f\u2460-\u24ff\u2500-\u257f\u25a0-\u25ff\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/u;

import { IngestError } from "../normalize/errors";

export interface DecodedText {
  text: string;
  encoding: string;
}

/**
 * Decodes a plain-text document: UTF-8 (a BOM is stripped), UTF-16 with a BOM (what
 * Windows Notepad calls "Unicode"), or a legacy Chinese encoding when the bytes are not
 * UTF-8 (`decodeLegacyChinese`): GB18030 (older mainland government sites publish
 * GBK/GB2312, of which it is the superset) or Big5 (Hong Kong, Macao, Taiwan). The text
 * is otherwise untouched: its lines are the file's.
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
  const legacy = decodeLegacyChinese(bytes);
  if (legacy) return { text: legacy.text, encoding: legacy.encoding };
  throw new IngestError(
    file,
    "text in an unknown encoding: it decodes neither as UTF-8 nor as GB18030/GBK nor as Big5; convert it to UTF-8 first (e.g. `iconv -f <its encoding> -t UTF-8`) or check that it is a text file",
  );
}

/**
 * Chinese text in a legacy double-byte encoding: GB18030 or Big5, whichever reads as
 * Chinese. Both map most byte pairs to some ideograph, so Big5 bytes decode as GB18030
 * without an error (and GBK bytes often as Big5), each into plausible-looking but
 * meaningless characters. What tells them apart is what real text is made of: its most
 * common characters (的, 和, 发展, 医疗保障 … in either script) make up a large share of
 * it, and almost none of a wrong decoding's. Ties go to GB18030, the mainland's.
 */
export function decodeLegacyChinese(bytes: Uint8Array): { text: string; encoding: "gb18030" | "big5" } | undefined {
  let best: { text: string; encoding: "gb18030" | "big5"; share: number } | undefined;
  for (const encoding of ["gb18030", "big5"] as const) {
    const text = tryDecode(encoding, bytes);
    if (text === undefined || !plausibleChinese(text)) continue;
    const share = commonShare(text);
    if (!best || share > best.share) best = { text, encoding, share };
  }
  return best && { text: best.text, encoding: best.encoding };
}

/**
 * About a hundred of the characters most used in Chinese writing and in policy documents,
 * in both scripts: together a third or more of any real text's ideographs.
 */
const COMMON = new Set(
  "的一是在不了和有为為中国國人大年以发發展进進行作工制度保障医醫疗療险險合管理服务務建设設全完善推动動加强強实實施等及与與对對重点點基本政府部门門市省区區县縣体體系机機构構资資金规規划劃意见見会會要到上个個民生社经經济濟",
);

function commonShare(text: string): number {
  let ideographs = 0;
  let common = 0;
  for (const ch of text) {
    if (ch < "\u3400" || ch > "\u9fff") continue;
    ideographs++;
    if (COMMON.has(ch)) common++;
  }
  return ideographs ? common / ideographs : 0;
}

/** The bytes in `encoding`, or undefined when they are not valid in it (or the encoding is unknown). */
export function tryDecode(encoding: string, bytes: Uint8Array): string | undefined {
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

import { IngestError } from "../../normalize/errors";
import { decodeLegacyChinese, tryDecode } from "../text";

export interface DecodedPage {
  html: string;
  /** The charset used, as the page declares it ("gb2312") or as detected ("utf-8", "gb18030"). */
  encoding: string;
}

/** GBK and GB2312 are subsets of GB18030; decoding through it also reads the characters GBK pages use but do not declare. */
const THROUGH_GB18030 = new Set(["gb2312", "gbk", "x-gbk", "gb_2312-80", "chinese", "csgb2312", "iso-ir-58", "gb18030"]);

/**
 * Decodes a web page the way browsers choose its charset: a byte-order mark, then
 * the `<meta charset>` or `http-equiv` declaration in the first bytes, then the
 * bytes themselves (valid UTF-8, else GB18030 or Big5, whichever reads as Chinese). Valid non-ASCII UTF-8 wins over a
 * declaration it contradicts.
 */
export function decodePage(bytes: Uint8Array, file: string): DecodedPage {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decoded("utf-8", bytes.subarray(3), "utf-8 with BOM", file);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decoded("utf-16le", bytes.subarray(2), "utf-16le", file);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decoded("utf-16be", bytes.subarray(2), "utf-16be", file);

  // Bytes that are valid UTF-8 and not plain ASCII are UTF-8: GBK text almost never is, whatever the page
  // declares (pages re-saved as UTF-8 that still say gb2312 are common, and GB18030 would decode them to nonsense).
  const declared = declaredCharset(bytes);
  const utf8 = tryDecode("utf-8", bytes);
  if (utf8 !== undefined && (!declared || /[^\x00-\x7f]/.test(utf8))) {
    return { html: utf8, encoding: !declared || declared === "utf-8" || declared === "utf8" ? "utf-8" : `utf-8 (declared ${declared})` };
  }
  if (declared) {
    const html = tryDecode(THROUGH_GB18030.has(declared) ? "gb18030" : declared, bytes);
    if (html !== undefined) return { html, encoding: declared };
  }
  const legacy = decodeLegacyChinese(bytes);
  if (legacy) return { html: legacy.text, encoding: legacy.encoding };
  throw new IngestError(
    file,
    `web page in an unknown encoding${declared ? ` (it declares "${declared}", which its bytes do not match)` : ""}: it decodes neither as UTF-8 nor as GB18030/GBK nor as Big5; save the page again as UTF-8`,
  );
}

const META = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i;

/** The charset a page declares in its first 4 KB (the HTML prescan looks at 1 KB; real pages put long scripts first). */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  const label = META.exec(head)?.[1]?.toLowerCase();
  if (!label) return undefined;
  try {
    new TextDecoder(THROUGH_GB18030.has(label) ? "gb18030" : label);
    return label;
  } catch {
    return undefined; // a label TextDecoder does not know: detect from the bytes instead
  }
}

function decoded(encoding: string, bytes: Uint8Array, name: string, file: string): DecodedPage {
  const html = tryDecode(encoding, bytes);
  if (html === undefined) throw new IngestError(file, `web page that starts with a ${name} byte-order mark but holds bytes that are not ${encoding}; save it again as UTF-8`);
  return { html, encoding: name };
}

/**
 * Which kind of file a document is, judged from its first bytes the way `file(1)`
 * does: a government site serves a PDF as `download.do`, a Word file as `.doc` that is
 * really .docx, a page saved as `.txt`. The extension only breaks a tie for an HTML
 * fragment that has no <html> or <body>.
 */
export type Sniffed =
  | { kind: "empty" }
  | { kind: "pdf" }
  | { kind: "zip" }
  | { kind: "ole2"; holds: "word" | "encrypted" | "other" }
  | { kind: "binary"; what: string }
  | { kind: "html" }
  | { kind: "text" };

const startsWith = (bytes: Uint8Array, sig: number[], at = 0): boolean => sig.every((b, i) => bytes[at + i] === b);
const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

/** Formats we cannot read, named so the refusal can say what the file is. */
const OTHER_BINARY: { sig: number[]; what: string }[] = [
  { sig: [0x89, 0x50, 0x4e, 0x47], what: "a PNG image" },
  { sig: [0xff, 0xd8, 0xff], what: "a JPEG image" },
  { sig: ascii("GIF8"), what: "a GIF image" },
  { sig: [0x49, 0x49, 0x2a, 0x00], what: "a TIFF image" },
  { sig: [0x4d, 0x4d, 0x00, 0x2a], what: "a TIFF image" },
  { sig: [0x1f, 0x8b], what: "a gzip archive" },
  { sig: ascii("Rar!"), what: "a RAR archive" },
  { sig: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: "a 7-Zip archive" },
  { sig: ascii("{\\rtf"), what: "an RTF document" },
];

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Directory entry names (UTF-16LE) of a Word 97–2003 file's main stream and of an encrypted Office Open XML package. */
const WORD_STREAM = Buffer.from("WordDocument", "utf16le");
const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");

export function sniff(bytes: Uint8Array, file: string): Sniffed {
  if (bytes.length === 0) return { kind: "empty" };
  // The PDF header may follow a little junk (the spec allows it within the first 1024 bytes).
  if (Buffer.from(bytes.subarray(0, 1024)).includes("%PDF-")) return { kind: "pdf" };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return { kind: "zip" };
  if (startsWith(bytes, OLE2)) {
    const all = Buffer.from(bytes);
    return { kind: "ole2", holds: all.includes(ENCRYPTED_PACKAGE) ? "encrypted" : all.includes(WORD_STREAM) ? "word" : "other" };
  }
  for (const { sig, what } of OTHER_BINARY) if (startsWith(bytes, sig)) return { kind: "binary", what };
  if (looksLikeHtml(bytes, file)) return { kind: "html" };
  return { kind: "text" };
}

const HTML_START = /^(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*\?>)*<(?:!doctype\s+html|html|head|body|meta|title)[\s>\/]/i;
const HTML_ANYWHERE = /<(?:html|body)[\s>]/i;
const HTML_EXTENSION = /\.(?:x?html?|shtml)$/i;

/**
 * Markup sniffing on the first 4 KB read as Latin-1, which keeps every ASCII tag intact
 * whatever the page's real charset (UTF-8, GBK, Big5 are all ASCII-compatible). Inline
 * tags alone (a `<sup>` in a PDF-to-markdown file) do not make a page.
 */
function looksLikeHtml(bytes: Uint8Array, file: string): boolean {
  let head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  if (head.startsWith("\xef\xbb\xbf")) head = head.slice(3);
  if (HTML_START.test(head) || HTML_ANYWHERE.test(head)) return true;
  return HTML_EXTENSION.test(file) && /^\s*</.test(head);
}

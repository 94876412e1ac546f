import { IngestError } from "./errors";

/**
 * Decodes a document's bytes as UTF-8, refusing what is not a text document of
 * ours: empty files, binary files, and other encodings (a GBK file is not valid
 * UTF-8, and guessing would corrupt every name in the graph).
 */
export function decodeDocument(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new IngestError(file, "the file is empty");
  const head = bytes.subarray(0, Math.min(bytes.length, 8192));
  if (head.includes(0)) throw new IngestError(file, "the file is binary (it contains NUL bytes), not a UTF-8 text document");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new IngestError(
      file,
      `the file is not valid UTF-8 (byte ${firstInvalidUtf8(bytes)}); convert it first, e.g. \`iconv -f GBK -t UTF-8\``,
    );
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim().length === 0) throw new IngestError(file, "the file holds only whitespace");
  return text;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 1; i <= bytes.length; i++) {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, i));
    } catch {
      // A prefix may end inside a valid multi-byte sequence: only a failure with 4 bytes of look-ahead counts.
      try {
        new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, Math.min(bytes.length, i + 3)));
      } catch {
        return i - 1;
      }
    }
  }
  return bytes.length;
}

import { decodeText } from "../formats/text";

/**
 * A text document's bytes as text: UTF-8 (a byte-order mark dropped), UTF-16 with a
 * BOM, or GB18030/GBK/GB2312 when the bytes are not UTF-8 (formats/text.ts). Refuses
 * what is not a text document with one message naming the file.
 */
export function decodeDocument(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new IngestError(file, "the file is empty");
  return decodeText(bytes, file).text;
}

import { IngestError } from "./errors";

import { zipSync } from "fflate";
import { extractDocument } from "../../src/ingest/formats";
import { IngestError } from "../../src/ingest/normalize/errors";
import { scannedPdf } from "../formats/images";
import { renderDocx, renderPdf } from "../formats/render";
import { seedText } from "../formats/seeds";

/** The refusal, as the one message the user sees. */
async function refusal(file: string, bytes: Uint8Array): Promise<string> {
  try {
    await extractDocument(file, bytes);
  } catch (e) {
    expect(e).toBeInstanceOf(IngestError);
    return (e as Error).message;
  }
  throw new Error(`${file} was read, not refused`);
}

/** Bytes from a fixed linear congruential sequence: "random", the same on every run. */
function noise(length: number, seed = 12345): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

/** The 512-byte header of an OLE2 compound file with a "WordDocument" directory entry, as Word 97–2003 writes. */
function legacyDoc(): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  bytes.set(Buffer.from("Root Entry", "utf16le"), 1024);
  bytes.set(Buffer.from("WordDocument", "utf16le"), 1152);
  return bytes;
}

const TIBET = "001_aa40d479269d3f1a.txt";

describe("what the reader refuses, each with one message naming the file, what it is and what to do", () => {
  it("an empty file", async () => {
    expect(await refusal("plan.txt", new Uint8Array())).toBe("plan.txt: the file is empty; there is nothing to read");
  });

  it("a legacy binary Word document, whatever its extension", async () => {
    const message = await refusal("plan.docx", legacyDoc());
    expect(message).toMatch(/^plan\.docx: legacy binary Word document \(\.doc, Word 97–2003\).*save it as \.docx/);
  });

  it("an encrypted PDF", async () => {
    const pdf = await renderPdf(seedText(TIBET), { userPassword: "secret" });
    expect(await refusal("plan.pdf", pdf)).toMatch(/^plan\.pdf: encrypted PDF: it needs a password to open; .*without one$/);
  });

  it("a scanned PDF with no text layer", async () => {
    expect(await refusal("scan.pdf", await scannedPdf(2))).toMatch(/^scan\.pdf: scanned PDF: no text layer \(its 2 page\(s\) are images\); run OCR first/);
  });

  it("a truncated .docx (corrupt zip)", async () => {
    const { bytes } = await renderDocx(seedText(TIBET));
    expect(await refusal("plan.docx", bytes.subarray(0, Math.floor(bytes.length / 2)))).toMatch(
      /^plan\.docx: corrupt zip archive \(.+\); the \.docx is truncated or damaged: download it again/,
    );
  });

  it("a zip that is not a Word document", async () => {
    const xlsx = zipSync({ "[Content_Types].xml": new TextEncoder().encode("<Types/>"), "xl/workbook.xml": new TextEncoder().encode("<workbook/>") });
    expect(await refusal("plan.zip", xlsx)).toMatch(/^plan\.zip: Excel workbook \(\.xlsx\), not a Word document/);
  });

  it("a corrupt PDF", async () => {
    const bytes = new Uint8Array([...Buffer.from("%PDF-1.7\n", "latin1"), ...noise(4000)]);
    expect(await refusal("plan.pdf", bytes)).toMatch(/^plan\.pdf: corrupt PDF \(.+\); download it again/);
  });

  it("random bytes", async () => {
    expect(await refusal("plan.bin", noise(4000))).toMatch(/^plan\.bin: binary file \(it contains NUL bytes\) that is not a known document format; give the plan as/);
  });

  it("an image", async () => {
    expect(await refusal("plan.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]))).toMatch(/^plan\.txt: binary file: a PNG image, not a document we read/);
  });

  it("text that decodes neither as UTF-8 nor as GB18030 nor as Big5", async () => {
    const latin1 = Buffer.from("Café résumé à la carte, déjà vu.\n", "latin1");
    expect(await refusal("plan.txt", latin1)).toMatch(/^plan\.txt: text in an unknown encoding: it decodes neither as UTF-8 nor as GB18030\/GBK nor as Big5; convert it to UTF-8 first/);
  });

  it("valid GBK byte pairs picked at random: they decode, but to no sensible text", async () => {
    const n = noise(4000);
    const bytes: number[] = [];
    for (let i = 0; i < n.length; i += 2) {
      const trail = 0x40 + (n[i + 1] % 0xbe);
      bytes.push(0x81 + (n[i] % 0x7e), trail >= 0x7f ? trail + 1 : trail); // lead 81–FE, trail 40–FE without 7F
    }
    const pairs = Uint8Array.from(bytes);
    expect(() => new TextDecoder("gb18030", { fatal: true }).decode(pairs)).not.toThrow();
    expect(await refusal("plan.txt", pairs)).toMatch(/^plan\.txt: text in an unknown encoding/);
  });

  it("a file of whitespace", async () => {
    expect(await refusal("plan.txt", new TextEncoder().encode(" \n\t\n"))).toBe("plan.txt: the file holds only whitespace; there is nothing to read");
  });
});

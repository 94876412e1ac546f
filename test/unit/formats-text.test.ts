import * as iconv from "iconv-lite";
import * as OpenCC from "opencc-js";
import { extractDocument } from "../../src/ingest/formats";
import { SEED_FILES, seedBytes, seedText } from "../formats/seeds";

/** GBK where every character of the text has a GBK code; GB18030 (its superset, same bytes for GBK's characters) otherwise. */
const gbkCopy = (text: string): { bytes: Uint8Array; codec: string } => {
  const gbk = iconv.encode(text, "gbk");
  return iconv.decode(gbk, "gbk") === text ? { bytes: gbk, codec: "gbk" } : { bytes: iconv.encode(text, "gb18030"), codec: "gb18030" };
};

describe.each(SEED_FILES)("seed %s as text", (file) => {
  const text = seedText(file);

  it("reads exactly the decoded text of the UTF-8 file, so its lines and ids do not change", async () => {
    const extracted = await extractDocument(file, seedBytes(file));
    expect(extracted).toEqual({ text, format: "text", encoding: "utf-8", removed: [] });
  });

  // 001 and 002 hold a no-break space, which GBK lacks: their copies are GB18030, byte-identical to GBK elsewhere.
  it("reads a GBK (or GB18030) copy to exactly the UTF-8 text, naming the encoding", async () => {
    const { bytes } = gbkCopy(text);
    const extracted = await extractDocument(file, bytes);
    expect(extracted.text).toBe(text);
    expect(extracted.encoding).toBe("gb18030");
  });

  it("strips a UTF-8 byte-order mark and says it was there", async () => {
    const extracted = await extractDocument(file, new Uint8Array([0xef, 0xbb, 0xbf, ...seedBytes(file)]));
    expect(extracted.text).toBe(text);
    expect(extracted.encoding).toBe("utf-8 with BOM");
  });
});

/** The seed as Taiwan or Hong Kong would publish it: traditional script (OpenCC), in Big5. */
const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });
const big5Copy = (text: string) => iconv.encode(toTraditional(text), "big5");

describe.each(SEED_FILES)("seed %s in traditional script, as Big5", (file) => {
  it("reads as Big5, not as the GB18030 nonsense the same bytes also decode to", async () => {
    const bytes = big5Copy(seedText(file));
    const extracted = await extractDocument(file, bytes);
    expect(extracted.encoding).toBe("big5");
    // What the bytes say in Big5 as browsers decode it (the WHATWG table; a character Big5 lacks was written as ?).
    expect(extracted.text).toBe(new TextDecoder("big5").decode(bytes));
    expect(extracted.text.split("\n")).toHaveLength(seedText(file).split("\n").length);
  });

  it("still reads the GBK copy of the same traditional text as GB18030", async () => {
    const traditional = toTraditional(seedText(file));
    const extracted = await extractDocument(file, iconv.encode(traditional, "gb18030"));
    expect(extracted).toMatchObject({ text: traditional, encoding: "gb18030" });
  });
});

describe("encodings of plain text", () => {
  it("takes GBK bytes saved as .txt with a GB2312-only text", async () => {
    const bytes = iconv.encode("关于深化医疗保障制度改革的实施意见\n一、总体要求\n", "gbk");
    expect(await extractDocument("gb2312.txt", bytes)).toMatchObject({ text: "关于深化医疗保障制度改革的实施意见\n一、总体要求\n", encoding: "gb18030" });
  });

  it("reads UTF-16 with a byte-order mark, as Windows Notepad saves 'Unicode'", async () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from("医疗保障规划\n", "utf16le")]);
    expect(await extractDocument("notepad.txt", bytes)).toMatchObject({ text: "医疗保障规划\n", encoding: "utf-16le" });
  });

  it("takes a page saved as .txt for the page it is, by its markup", async () => {
    const bytes = new TextEncoder().encode("<!DOCTYPE html><html><body><p>医疗保障规划</p></body></html>");
    expect(await extractDocument("saved.txt", bytes)).toMatchObject({ format: "html", text: "医疗保障规划" });
  });

  it("keeps a text whose lines hold inline markup (<sup>) as text", async () => {
    const bytes = new TextEncoder().encode("参保率\t>95 <sup>①</sup>\n");
    expect(await extractDocument("table.txt", bytes)).toMatchObject({ format: "text", text: "参保率\t>95 <sup>①</sup>\n" });
  });
});

import * as fs from "fs";
import * as path from "path";
import { matchKey, toSimplified, toTraditional } from "../../src/common/text-keys";
import { decodeDocument } from "../../src/ingest/normalize/decode";
import { IngestError } from "../../src/ingest/normalize/errors";
import { findFurniture } from "../../src/ingest/normalize/furniture";
import { paragraphs } from "../../src/ingest/normalize/paragraphs";
import { SourceText } from "../../src/ingest/normalize/source-text";

const seed = (name: string) => {
  const file = `seeds/${name}`;
  return new SourceText(file, fs.readFileSync(path.join(__dirname, "../..", file), "utf8"));
};

describe("decoding a document", () => {
  it("refuses an empty file", () => {
    expect(() => decodeDocument(new Uint8Array(), "a.txt")).toThrow("a.txt: the file is empty");
  });

  it("refuses a binary file, naming what to give instead", () => {
    expect(() => decodeDocument(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 1]), "plan.docx")).toThrow(/plan.docx: binary file \(it contains NUL bytes\)/);
  });

  it("reads GBK, as older government sites publish text, through GB18030", () => {
    const gbk = Uint8Array.from([0xd2, 0xbd, 0xc1, 0xc6, 0xb1, 0xa3, 0xd5, 0xcf]); // 医疗保障 in GBK
    expect(decodeDocument(gbk, "gbk.txt")).toBe("医疗保障");
  });

  it("drops a byte-order mark", () => {
    expect(decodeDocument(Buffer.from("\uFEFF第一章", "utf8"), "bom.txt")).toBe("第一章");
  });
});

describe("normalizing a line", () => {
  it("converts traditional to simplified and folds punctuation, one character for one", () => {
    const s = new SourceText("x", "  清遠市醫療保障局（市醫保局）：加強基金監管，");
    expect(s.lines[0].text).toBe("清远市医疗保障局(市医保局):加强基金监管,");
    expect(s.span(1, 0, 1, 4).text).toBe("清遠市醫");
  });

  it("removes markdown heading marks and bold, mapping back to the original", () => {
    const s = new SourceText("x", "### **专栏 8 医疗保障政务服务提升工程**");
    expect(s.lines[0].text).toBe("专栏 8 医疗保障政务服务提升工程");
    expect(s.span(1, 0, 1, 4).text).toBe("专栏 8");
  });

  it("lets a simplified query find traditional text and back", () => {
    expect(matchKey("醫保基金監管")).toBe(matchKey("医保基金监管"));
    expect(toSimplified(toTraditional("医疗保障"))).toBe("医疗保障");
  });

  it("gives a word wrapped in control and invisible characters the key of the plain word", () => {
    // NUL, BEL, DEL, soft hyphen, zero-width space/non-joiner/joiner, LRM/RLM, the bidi
    // embeddings/overrides (LRE … RLO) and isolates (LRI … PDI), word joiner, BOM:
    // each prints nothing, so the stored searchText and a filter's text both lose them.
    for (const ch of ["\u0000", "\u0007", "\u007f", "\u00ad", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202e", "\u2066", "\u2069", "\u2060", "\ufeff"]) {
      expect([ch, matchKey(`${ch}医${ch}保${ch}`)]).toEqual([ch, "医保"]);
    }
    // Printing characters next to them stay: the key is not emptied of real text.
    expect(matchKey("\u0000医保 基金\u0007")).toBe("医保基金");
  });
});

describe("web furniture", () => {
  it("drops the spam, page furniture and mojibake around the Qingyuan page, reporting each line", () => {
    const dropped = findFurniture(seed("002_0f323f1820598f05.txt").lines);
    expect(dropped.map((d) => d.line)).toEqual([1, 7, 358, 359, 360, 361, 362]);
    expect(dropped[0].reason).toMatch(/spam/);
  });

  it("finds none in the four clean documents", () => {
    for (const f of ["000_1cc9d6698810e7a5.txt", "001_aa40d479269d3f1a.txt", "003_3805f0e95e16182c.txt", "004_5a087b0cd4345386.txt"]) {
      expect(findFurniture(seed(f).lines)).toEqual([]);
    }
  });
});

describe("page-break splits", () => {
  it("rejoins a sentence cut by a blank line (Sichuan line 46 into 48)", () => {
    const p = paragraphs(seed("000_1cc9d6698810e7a5.txt")).find((x) => x.line === 46)!;
    expect(p.endLine).toBe(48);
    expect(p.text).toContain("建立统一的城乡居民基本医疗保险制度,完成生育保险");
    expect(p.span().text).toContain("医疗保险\n\n制度");
  });

  it("never glues a title or heading to what follows", () => {
    const ps = paragraphs(seed("001_aa40d479269d3f1a.txt"));
    expect(ps[0].text).toBe("西藏自治区 关于深化医疗保障制度改革的实施意见");
    expect(ps.find((p) => p.text.startsWith("二、主要任务"))!.endLine).toBe(20);
  });
});

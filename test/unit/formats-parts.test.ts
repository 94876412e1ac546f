import { zipSync } from "fflate";
import { extractDocument } from "../../src/ingest/formats";
import { formatNumber } from "../../src/ingest/formats/docx/number-formats";
import { removeFurniture } from "../../src/ingest/formats/pdf/furniture";
import type { PrintedLine } from "../../src/ingest/formats/pdf/lines";
import { RemovalLog } from "../../src/ingest/formats/types";

const utf8 = (s: string) => new TextEncoder().encode(s);
const W = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`;

/** A .docx from hand-written parts, to pin one WordprocessingML rule at a time. */
function docx(body: string, parts: { numbering?: string; styles?: string } = {}): Uint8Array {
  const files: Record<string, Uint8Array> = { "word/document.xml": utf8(`<w:document ${W}><w:body>${body}</w:body></w:document>`) };
  if (parts.numbering) files["word/numbering.xml"] = utf8(`<w:numbering ${W}>${parts.numbering}</w:numbering>`);
  if (parts.styles) files["word/styles.xml"] = utf8(`<w:styles ${W}>${parts.styles}</w:styles>`);
  return zipSync(files);
}
const p = (text: string, numId?: number, ilvl = 0, style?: string) =>
  `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ""}${numId !== undefined ? `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>` : ""}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const lvl = (ilvl: number, fmt: string, text: string, extra = "") =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/><w:suff w:val="nothing"/>${extra}</w:lvl>`;

describe("Word numbering printed as the markers a reader sees", () => {
  it("formats Chinese counting, circled and legal numbers as Word prints them", () => {
    expect([1, 10, 11, 20, 21, 99].map((n) => formatNumber(n, "chineseCounting"))).toEqual(["一", "十", "十一", "二十", "二十一", "九十九"]);
    expect([105, 110, 1010].map((n) => formatNumber(n, "chineseCountingThousand"))).toEqual(["一百零五", "一百一十", "一千零一十"]);
    expect([1, 20, 21, 50].map((n) => formatNumber(n, "decimalEnclosedCircle"))).toEqual(["①", "⑳", "㉑", "㊿"]);
    expect(formatNumber(3, "chineseLegalSimplified")).toBe("叁");
    expect(formatNumber(12, "decimalFullWidth")).toBe("１２");
    expect(formatNumber(4, "upperRoman")).toBe("IV");
  });

  it("restarts a level under a new parent, and not under a level set never to restart it", async () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${lvl(0, "chineseCounting", "%1、")}${lvl(1, "chineseCounting", "（%2）")}${lvl(2, "decimal", "%3.", `<w:lvlRestart w:val="0"/>`)}</w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    const body = [p("总体要求", 1, 0), p("指导思想", 1, 1), p("任务甲", 1, 2), p("主要任务", 1, 0), p("待遇保障", 1, 1), p("任务乙", 1, 2)].join("");
    const extracted = await extractDocument("plan.docx", docx(body, { numbering }));
    expect(extracted.text.split("\n")).toEqual(["一、总体要求", "（一）指导思想", "1.任务甲", "二、主要任务", "（一）待遇保障", "2.任务乙"]);
  });

  it("takes numbering from a paragraph's style, through basedOn", async () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${lvl(0, "chineseCounting", "第%1章 ")}</w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="0"/></w:num>`;
    const styles =
      `<w:style w:type="paragraph" w:styleId="Chapter"><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>` +
      `<w:style w:type="paragraph" w:styleId="ChapterBig"><w:basedOn w:val="Chapter"/></w:style>`;
    const extracted = await extractDocument("plan.docx", docx(p("规划背景", undefined, 0, "Chapter") + p("总体思路", undefined, 0, "ChapterBig"), { numbering, styles }));
    expect(extracted.text).toBe("第一章 规划背景\n第二章 总体思路");
  });

  it("prints a table row as tab-separated cells, spans left empty, deleted revisions left out", async () => {
    const tc = (text: string, pr = "") => `<w:tc><w:tcPr>${pr}</w:tcPr>${p(text)}</w:tc>`;
    const body =
      `<w:tbl><w:tr>${tc("参保覆盖", `<w:vMerge w:val="restart"/>`)}${tc("参保率", `<w:gridSpan w:val="2"/>`)}${tc("约束性")}</w:tr>` +
      `<w:tr>${tc("", "<w:vMerge/>")}${tc("基金收入")}${tc("128.56")}${tc("预期性")}</w:tr></w:tbl>` +
      `<w:p><w:r><w:t>保留</w:t></w:r><w:del><w:r><w:delText>删去</w:delText></w:r></w:del></w:p>`;
    const extracted = await extractDocument("plan.docx", docx(body));
    expect(extracted.text.split("\n")).toEqual(["参保覆盖\t参保率\t\t约束性", "\t基金收入\t128.56\t预期性", "", "保留"]);
  });
});

describe("web pages", () => {
  const page = (body: string, head = `<meta charset="utf-8">`) => utf8(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);

  it("believes the bytes over a charset declaration they contradict", async () => {
    const extracted = await extractDocument("p.html", page("<p>医疗保障</p>", `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`));
    expect(extracted).toMatchObject({ text: "医疗保障", encoding: "utf-8 (declared gb2312)" });
  });

  it("reads an <article> that holds most of the text, and drops hidden elements and link lists inside it", async () => {
    const body =
      `<div class="banner">某某市人民政府门户网站欢迎您访问本站并提出宝贵意见建议谢谢支持与关注</div>` +
      `<article><h1>医疗保障规划</h1><p>第一段。深化医疗保障制度改革，健全多层次医疗保障体系。</p><div style="display:none">隐藏内容</div>` +
      `<ul><li><a href="1">上一篇</a></li><li><a href="2">下一篇</a></li><li><a href="3">返回</a></li></ul><pre>一、总体要求\n二、主要任务</pre></article>`;
    const extracted = await extractDocument("p.html", page(body));
    expect(extracted.text.split("\n").filter((l) => l !== "")).toEqual(["医疗保障规划", "第一段。深化医疗保障制度改革，健全多层次医疗保障体系。", "一、总体要求", "二、主要任务"]);
    expect(extracted.removed.map((r) => r.rule)).toEqual(expect.arrayContaining(["hidden", "link list", "outside the main article"]));
  });

  it("reads a page laid out in a table as blocks, and a data table inside it as rows", async () => {
    const long = "健全医疗保障制度体系".repeat(40);
    const body = `<table><tr><td><p>${long}</p><table><tr><td>指标</td><td>2025年</td></tr><tr><td>参保率</td><td>95%</td></tr></table></td></tr></table>`;
    const extracted = await extractDocument("p.html", page(body));
    expect(extracted.text.split("\n").filter((l) => l !== "")).toEqual([long, "指标\t2025年", "参保率\t95%"]);
  });
});

describe("PDF page furniture", () => {
  const line = (page: number, y: number, text: string): PrintedLine => ({ page, y, size: 11, x: 72, end: 300, segments: [{ x: 72, end: 300, text }] });

  it("removes bare page numbers that count with the pages, and keeps a bare figure that does not", () => {
    const body = [
      ["一、总体要求", "坚持以人民健康为中心", "加快建成多层次医疗保障体系"],
      ["二、主要任务", "完善待遇保障机制", "90"],
      ["三、保障措施", "加强组织领导", "强化监督评估"],
    ];
    const pages = [1, 2, 3].map((n) => [...body[n - 1].map((text, i) => line(n, 750 - 30 * i, text)), line(n, 40, String(n + 2))]);
    const removed = new RemovalLog();
    const kept = removeFurniture(pages, removed);
    expect(kept.map((lines) => lines.map((l) => l.segments[0].text))).toEqual(body);
    expect(removed.list()).toEqual([{ rule: "page number", count: 3, sample: "3" }]);
  });
});

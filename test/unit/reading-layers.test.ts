import * as fs from "fs";
import * as path from "path";
import { findFurniture } from "../../src/ingest/normalize/furniture";
import { readMarkup } from "../../src/ingest/normalize/markup";
import { paragraphs } from "../../src/ingest/normalize/paragraphs";
import { SourceText } from "../../src/ingest/normalize/source-text";
import { parseText } from "../../src/ingest/parse";
import { coverage } from "../../src/ingest/parse/coverage";

const SEEDS = path.join(__dirname, "..", "..", "seeds");
const seedText = (name: string) => fs.readFileSync(path.join(SEEDS, name), "utf8");
const read = (lines: string[], file = "t.txt") => parseText(file, lines.join("\n"), "hash");
const cells = (line: string) => {
  const m = readMarkup(line);
  return m.markup.cells?.map((c) => m.text.slice(c.start, c.end));
};

describe("the markup layer", () => {
  it("reads a pipe row's cells, keeping empty ones in place", () => {
    expect(cells("|  | 基本医疗保险基金支出(亿元) | 87.45 |  |")).toEqual(["", "基本医疗保险基金支出(亿元)", "87.45", ""]);
    expect(cells("| 主要指标 | 2020年 | 2025年 |")).toEqual(["主要指标", "2020年", "2025年"]);
  });

  it("reads tab rows and one-line HTML rows the same way", () => {
    expect(cells("\t药品集中带量采购品种(个)\t112\t>500")).toEqual(["", "药品集中带量采购品种(个)", "112", ">500"]);
    expect(cells("<tr><td>参保覆盖</td><td>基本医疗保险参保率</td><td>&gt;95</td></tr>")).toEqual(["参保覆盖", "基本医疗保险参保率", "&gt;95"]);
  });

  it("takes a table's rule row and a horizontal rule for markup without content", () => {
    expect(readMarkup("| --- | :---: | ---: |").markup.rule).toMatch(/rule row/);
    expect(readMarkup("***").markup.rule).toMatch(/horizontal rule/);
    // `---` alone is how a table printed one cell per line marks an empty cell.
    expect(readMarkup("---")).toMatchObject({ text: "---", markup: {} });
  });

  it("takes off blockquote marks, heading marks, bullets and emphasis, mapping what is left to the printed columns", () => {
    const m = readMarkup("> > ### **专栏3 医疗保障服务标准化建设工程**");
    expect(m.text).toBe("专栏3 医疗保障服务标准化建设工程");
    expect(m.markup).toMatchObject({ quote: 2, heading: 3 });
    expect(m.map[0]).toBe("> > ### **".length);
    expect(readMarkup("- 完善医疗救助制度。").text).toBe("完善医疗救助制度。");
  });

  it("reads >95 as a value, not a blockquote", () => {
    expect(readMarkup(">95")).toEqual({ text: ">95", map: [0, 1, 2], markup: {} });
  });

  it("keeps a page number's dashes for the furniture rule, not as a bullet", () => {
    expect(readMarkup("- 12 -").text).toBe("- 12 -");
  });

  it("marks where HTML blocks open inside one line", () => {
    const m = readMarkup("<p>推进跨省通办。</p> <p>推动异地就医直接结算。</p>");
    expect(m.text).toBe("推进跨省通办。 推动异地就医直接结算。");
    expect(m.markup.blockStart).toBe(true);
    expect(m.markup.breaks).toEqual([8]);
  });
});

describe("page furniture", () => {
  const page = (n: number, body: string[]) => [...body, `— ${n} —`, "四川省医疗保障局文件"];
  const filler = (k: number) => Array.from({ length: 20 }, (_, i) => `第${k}页的正文第${i + 1}行,说明医疗保障工作的安排。`);

  it("drops page numbers and the running header printed beside them", () => {
    const lines = [...page(1, filler(1)), ...page(2, filler(2)), ...page(3, filler(3))];
    const dropped = findFurniture(new SourceText("p.txt", lines.join("\n")).lines);
    expect(dropped.map((d) => [d.line, d.reason])).toEqual([
      [21, "page number"],
      [22, "running page header or footer"],
      [43, "page number"],
      [44, "running page header or footer"],
      [65, "page number"],
      [66, "running page header or footer"],
    ]);
  });

  it("drops bare numbers only when they count pages", () => {
    const counting = [...filler(1), "1", ...filler(2), "2", ...filler(3), "3"];
    expect(findFurniture(new SourceText("p.txt", counting.join("\n")).lines).map((d) => d.line)).toEqual([21, 42, 63]);
    const cells = ["类别", "指标名称", "2020年", "2025年", "参保率", "95", "96", "约束性"];
    expect(findFurniture(new SourceText("t.txt", cells.join("\n")).lines)).toEqual([]);
    // A division-of-labour table printed one cell per line: its 序号 column counts up a row apart, not a page.
    const rows = Array.from({ length: 9 }, (_, i) => [String(i + 1), `第${i + 1}项重点任务`, "省医保局", "省财政厅"]).flat();
    expect(findFurniture(new SourceText("d.txt", ["序号", "重点任务", "牵头单位", "责任单位", ...rows].join("\n\n")).lines)).toEqual([]);
  });

  it("keeps a repeated line that is not beside page numbers (a table's repeated header)", () => {
    const lines = ["主要指标\t2020年\t2025年", "参保率\t95%\t95%", "", "主要指标\t2020年\t2025年", "参保率\t95%\t95%"];
    expect(findFurniture(new SourceText("t.txt", lines.join("\n")).lines)).toEqual([]);
  });

  it("finds none in the four seeds that are not web pages", () => {
    for (const f of ["000_1cc9d6698810e7a5.txt", "001_aa40d479269d3f1a.txt", "003_3805f0e95e16182c.txt", "004_5a087b0cd4345386.txt"]) {
      expect(findFurniture(new SourceText(f, seedText(f)).lines)).toEqual([]);
    }
  });
});

describe("paragraphs of hard-wrapped text", () => {
  const wrapped = [
    "第一章 主要任务",
    "",
    "1.完善基本医疗保险制度。2021年底前,建成全区统",
    "一、高效兼容、便捷安全的医疗保障信息平台。突出",
    "应用导向,强化服务支撑功能,大力推广医保电子凭",
    "证。",
    "",
    ...Array.from({ length: 12 }, (_, i) => `${i + 2}.推进第${i + 2}项改革工作。加强部门协同配合,完善工作`).flatMap((l) => [l, "机制。", ""]),
  ];

  it("rejoins a line that fills the width and stops mid-sentence, even where the next looks like a mark", () => {
    const ps = paragraphs(new SourceText("w.txt", wrapped.join("\n")));
    const first = ps.find((p) => p.line === 3)!;
    expect(first.endLine).toBe(6);
    expect(first.text).toContain("建成全区统一、高效兼容");
    expect(ps.some((p) => p.text.startsWith("一、"))).toBe(false);
  });

  it("reads the wrapped opinion's numbered tasks, not a chapter made of a broken line", () => {
    const doc = read(["四川省关于深化医疗保障制度改革的实施意见", "", ...wrapped]);
    expect(doc.tasks.map((t) => t.kind)).toEqual(["CHAPTER", ...Array(13).fill("TASK")]);
    expect(doc.tasks[1].deadlines).toEqual([2021]);
  });

  it("does not find a wrap width in a document printed a paragraph to a line", () => {
    const ps = paragraphs(new SourceText("s.txt", seedText("000_1cc9d6698810e7a5.txt")));
    expect(ps.find((p) => p.line === 46)!.endLine).toBe(48);
    expect(ps.find((p) => p.line === 128)!.text).toBe("第三章 健全完善运行机制");
  });

  it("goes on with a blockquote's paragraph on a line without its > (markdown's lazy continuation)", () => {
    const ps = paragraphs(new SourceText("q.txt", ["> 3. 对 DRG 付费改革市(州)的分组、权重分值等技", "术性指标进行评估。", "> 4. 2025 年前全面开展绩效评估。"].join("\n")));
    expect(ps.map((p) => [p.line, p.endLine])).toEqual([
      [1, 2],
      [3, 3],
    ]);
  });
});

describe("nothing lost in silence", () => {
  it("accounts for every line of the seeds: read, left out by a named rule, or unread", () => {
    for (const f of fs.readdirSync(SEEDS).filter((n) => n.endsWith(".txt"))) {
      const doc = parseText(`seeds/${f}`, seedText(f), "hash");
      const c = doc.coverage;
      expect(c.read + c.leftOut.reduce((n, l) => n + l.lines, 0) + c.unread.length).toBe(c.lines);
      expect(c.unread).toEqual([]);
    }
  });

  it("names the rules that left lines out of the Sichuan plan", () => {
    const c = parseText("seeds/000_1cc9d6698810e7a5.txt", seedText("000_1cc9d6698810e7a5.txt"), "hash").coverage;
    // 目 录 and its 27 entries; the 规划背景 and 总体思路 chapters by their narrative sections.
    expect(c.leftOut.find((l) => l.rule === "table of contents")?.lines).toBe(28);
    expect(c.leftOut.map((l) => l.rule)).toContain("narrative part: 第一节 发展基础");
  });

  it("warns, with its lines, of a table whose header names no indicator column", () => {
    const sichuan = seedText("000_1cc9d6698810e7a5.txt").replace(/^主要指标\t2020 ?年\t2025 ?年\t考察维度\t指标属性$/gm, "甲\t乙\t丙\t丁\t戊");
    const doc = parseText("seeds/000_1cc9d6698810e7a5.txt", sichuan, "hash");
    expect(doc.indicators).toEqual([]);
    // The table printed over three pages: header and rows at 104–108, 110–118 and 120–122.
    expect(doc.warnings.filter((w) => /was not read/.test(w.message))).toEqual([
      { line: 104, message: expect.stringMatching(/^a table of 17 rows \(lines 104–122\) was not read: its first row \(甲 \| 乙/) },
    ]);
  });

  it("warns of each run of lines nothing read, blank lines inside a run not ending it", () => {
    const source = new SourceText("u.txt", ["标题", "", "甲", "", "乙", "丙", "", "丁"].join("\n"));
    const doc = read(["四川省医疗保障规划", "", "第一章 主要任务", "", "完善医疗救助制度。建立健全救助对象精准识别机制。", "", "完善应急保障机制。健全重大疫情医保支付政策。"]);
    const { coverage: c, warnings } = coverage(source, {
      dropped: [],
      layout: { cover: [], preamble: [], body: [], toc: [], end: [], appendix: [] },
      meta: { ...doc.meta, source: { ...doc.meta.source, line: 1, endLine: 1 } },
      tasks: [{ ...doc.tasks[0], source: { ...doc.tasks[0].source, line: 6, endLine: 6 } }],
      indicators: [],
      tableLines: new Set(),
      captionLines: [],
      leftOut: [],
    });
    expect(c).toEqual({ lines: 5, read: 2, leftOut: [], unread: [3, 5, 8] });
    expect(warnings.map((w) => w.message)).toEqual([
      "lines 3–5 were not read into the outline, a table or the plan's facts: 甲…",
      "line 8 was not read into the outline, a table or the plan's facts: 丁…",
    ]);
  });

  it("warns of a 专栏 with no items", () => {
    const doc = read([
      "四川省医疗保障规划",
      "",
      "一些开头的话没有标题。",
      "",
      "第一章 主要任务",
      "",
      "第一节 完善制度",
      "",
      "专栏1 空的专栏",
      "",
      "第二节 健全机制",
      "",
      "完善医疗救助制度。建立健全救助对象精准识别机制。",
      "",
      "完善应急保障机制。健全重大疫情医保支付政策。",
    ]);
    expect(doc.warnings).toContainEqual({ line: 9, message: '专栏 "专栏1 空的专栏" holds no items' });
    expect(doc.coverage.unread).toEqual([]);
  });

  it("warns of a unit that names no body the department table knows", () => {
    const doc = read([
      "四川省关于深化医疗保障制度改革的实施意见",
      "",
      "一、主要任务",
      "",
      "1.完善基本医疗保险制度。巩固和完善基本医疗保险制度。〔牵头单位:省医保局;责任单位:省财政厅、省星际旅行管理处〕",
    ]);
    expect(doc.warnings).toContainEqual({ line: 5, message: expect.stringMatching(/^unit 省星际旅行管理处 names no body the department table knows/) });
    expect(doc.warnings.filter((w) => /names no body/.test(w.message))).toHaveLength(1);
  });
});

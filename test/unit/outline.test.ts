import * as fs from "fs";
import * as path from "path";
import type { TaskKind, TaskNode } from "../../src/ingest/model";
import { matchKey } from "../../src/common/text-keys";
import { paragraphs } from "../../src/ingest/normalize/paragraphs";
import { SourceText } from "../../src/ingest/normalize/source-text";
import { findDeadlines } from "../../src/ingest/parse/deadlines";
import { parseDocument } from "../../src/ingest/parse";
import { parseOutline } from "../../src/ingest/parse/outline";

const SEEDS = path.join(__dirname, "..", "..", "seeds");
const parse = (file: string) => parseDocument(`seeds/${file}`, fs.readFileSync(path.join(SEEDS, file)));
const SICHUAN = parse("000_1cc9d6698810e7a5.txt");
const TIBET = parse("001_aa40d479269d3f1a.txt");
const QINGYUAN = parse("002_0f323f1820598f05.txt");
const CHANGCHUN = parse("003_3805f0e95e16182c.txt");
const JIANGXI = parse("004_5a087b0cd4345386.txt");

function counts(tasks: TaskNode[]): Partial<Record<TaskKind, number>> {
  const out: Partial<Record<TaskKind, number>> = {};
  for (const t of tasks) out[t.kind] = (out[t.kind] ?? 0) + 1;
  return out;
}
const at = (tasks: TaskNode[], p: string) => {
  const node = tasks.find((t) => t.path === p);
  if (!node) throw new Error(`no node at ${p}`);
  return node;
};
const brief = (t: TaskNode) => [t.kind, t.number, t.title, t.source.line];
const NARRATIVE = /规划背景|发展基础|机遇|指导思想|基本原则|发展目标|主要目标|远景目标|总体要求|总体思路|发展环境|发展形势/;

describe("outline of the Sichuan plan (第X章/第X节, lead phrases, 专栏)", () => {
  it("counts chapters, sections, lead-phrase tasks and boxes as printed", () => {
    // 第三–五章; 4 + 8 + 4 节; lead-phrase paragraphs counted by hand; 专栏1–10 with 4+3+4+6+3+3+5+6+5+2 items.
    expect(counts(SICHUAN.tasks)).toEqual({ CHAPTER: 3, SECTION: 16, TASK: 48, COLUMN: 10, COLUMN_ITEM: 41 });
  });

  it("takes a lead phrase as the title and the whole paragraph, page break rejoined, as the text", () => {
    const task = at(SICHUAN.tasks, "3/1/3");
    expect(brief(task)).toEqual(["TASK", undefined, "助力推进乡村振兴", 140]);
    expect(task.source.endLine).toBe(142);
    expect(task.text.endsWith("坚决防止规模化因病致贫返贫。")).toBe(true);
    expect(task.parentPath).toBe("3/1");
    expect(brief(at(SICHUAN.tasks, "3/1"))).toEqual(["SECTION", "一", "健全完善待遇保障机制", 130]);
  });

  it("reads 专栏 boxes with their numbered items and milestone years", () => {
    expect(brief(at(SICHUAN.tasks, "c1"))).toEqual(["COLUMN", "1", "DRG 付费方式改革评估工程", 172]);
    expect(at(SICHUAN.tasks, "c1").parentPath).toBe("3/3");
    expect(SICHUAN.tasks.filter((t) => t.parentPath === "c1").map((t) => t.deadlines)).toEqual([[2021], [2023], [], [2025]]);
    expect(at(SICHUAN.tasks, "c2/2").deadlines).toEqual([2021, 2023, 2025]);
    expect(brief(at(SICHUAN.tasks, "c10"))).toEqual(["COLUMN", "10", "干部人才培育项目", 388]);
  });

  it("goes on numbering tasks after a box", () => {
    expect(SICHUAN.tasks.filter((t) => t.parentPath === "4/2").map((t) => t.path)).toEqual(["4/2/1", "c3", "4/2/2", "4/2/3", "4/2/4", "c4", "4/2/5", "c5", "4/2/6", "c6"]);
    expect(at(SICHUAN.tasks, "4/2/2").title).toBe("深化医保协议管理");
  });

  it("names deadlines such as 2022年底前 and 至“十四五”末", () => {
    expect(at(SICHUAN.tasks, "3/3/1").deadlines).toEqual([2022, 2025]);
    expect(at(SICHUAN.tasks, "4/1/1").deadlines).toEqual([2025]);
  });

  it("leaves the table of contents, the background and the goals out", () => {
    expect(SICHUAN.tasks.every((t) => t.source.line >= 128)).toBe(true);
    expect(SICHUAN.tasks.some((t) => NARRATIVE.test(t.title))).toBe(false);
  });
});

describe("outline of the Tibet opinion (一、/(一)/1. with unit clauses)", () => {
  const tasks = TIBET.tasks.filter((t) => t.kind === "TASK");

  it("counts two parts, six groups and 22 numbered tasks", () => {
    expect(counts(TIBET.tasks)).toEqual({ CHAPTER: 2, SECTION: 6, TASK: 22 });
    expect(tasks.map((t) => t.number)).toEqual(Array.from({ length: 22 }, (_, i) => String(i + 1)));
  });

  it("splits tasks 4 and 5, printed on one line, after the unit clause of 4", () => {
    const [four, five] = [at(TIBET.tasks, "2/1/4"), at(TIBET.tasks, "2/1/5")];
    expect([four.source.line, five.source.line]).toEqual([40, 40]);
    expect(four.text.endsWith("〔牵头单位:区医保局;责任单位:区财政厅、区卫生健康委〕")).toBe(true);
    expect(five.text.startsWith("5.完善多层次医疗保障体系。")).toBe(true);
    expect(five.title).toBe("完善多层次医疗保障体系");
    expect(five.units.map((u) => [u.role, u.name])).toEqual([
      ["LEAD", "区医保局"],
      ["RESPONSIBLE", "区财政厅"],
      ["RESPONSIBLE", "区民政厅"],
      ["RESPONSIBLE", "区总工会"],
      ["RESPONSIBLE", "区税务局"],
      ["RESPONSIBLE", "西藏银保监局"],
    ]);
  });

  it("paths task 12 under group (四) of part 二 with its printed number", () => {
    const twelve = tasks.find((t) => t.number === "12")!;
    expect([twelve.path, twelve.parentPath, twelve.title]).toEqual(["2/4/12", "2/4", "改革完善医保基金监管体制"]);
  });

  it("fills units from the clause, with the span of each name", () => {
    const three = at(TIBET.tasks, "2/1/3");
    expect(three.units.find((u) => u.role === "LEAD")?.name).toBe("区医保局");
    expect(three.units.map((u) => u.name)).toContain("各地(市)委、行署(政府)");
    for (const u of three.units) expect(u.source.text).toBe(u.name);
    expect(three.deadlines).toEqual([2021]);
    expect(at(TIBET.tasks, "2/4/13").deadlines).toEqual([2025]);
  });

  it("leaves the general requirements and the web page's 来源 line out", () => {
    expect(TIBET.tasks.some((t) => t.source.line < 20)).toBe(false);
    expect(at(TIBET.tasks, "3").text).not.toMatch(/来源/);
  });
});

describe("outline of the Qingyuan plan (traditional script, ——bullets)", () => {
  it("counts ——bullets as tasks and their 1. 2. 3. items as sub-tasks", () => {
    expect(counts(QINGYUAN.tasks)).toEqual({ CHAPTER: 1, SECTION: 6, TASK: 31, SUBTASK: 10 });
    expect(QINGYUAN.tasks.filter((t) => t.parentPath === "3/4/2").map(brief)).toEqual([
      ["SUBTASK", "1", "提升醫保基金監督檢查能力", 303],
      ["SUBTASK", "2", "健全監督檢查制度", 305],
      ["SUBTASK", "3", "建立綜合監管制度", 307],
    ]);
  });

  it("keeps titles and text in traditional script while matching on the simplified form", () => {
    const task = at(QINGYUAN.tasks, "3/4/2");
    expect(task.title).toBe("完善基金監管體制");
    expect(matchKey(task.title)).toBe("完善基金监管体制");
    expect(task.text.startsWith("——完善基金監管體制。加快推進")).toBe(true);
    expect(at(QINGYUAN.tasks, "3").title).toBe("主要任務和重點工作");
  });

  it("takes a lead-phrase paragraph printed without its —— as a task", () => {
    expect(brief(at(QINGYUAN.tasks, "3/3/4"))).toEqual(["TASK", undefined, "配合做好省內異地就醫支付方式改革", 289]);
  });

  it("ends at the document: the cover notice, the background, the table and the page furniture are left out", () => {
    expect(QINGYUAN.tasks[0].source.line).toBe(249);
    expect(QINGYUAN.tasks[QINGYUAN.tasks.length - 1].source.endLine).toBe(355);
    expect(at(QINGYUAN.tasks, "3/4/4/2").deadlines).toEqual([2025]);
  });
});

describe("outline of the Changchun plan (markdown # levels ignored)", () => {
  it("counts from the numbering, whatever the # level", () => {
    // 二、 (narrative, kept only as the container of 专栏1), 三、 and 四、; (三)发展目标 holding 专栏1, (一)–(八) + (一)–(四);
    // 31 numbered headings; the lead-phrase paragraphs listed under five of them; 专栏1–9.
    expect(counts(CHANGCHUN.tasks)).toEqual({ CHAPTER: 3, SECTION: 13, TASK: 31, SUBTASK: 13, COLUMN: 9, COLUMN_ITEM: 33 });
  });

  it("gives a heading task the paragraphs below it as text", () => {
    const task = at(CHANGCHUN.tasks, "3/3/1");
    expect(brief(task)).toEqual(["TASK", "1", "巩固提升基本医疗保险参保质量", 195]);
    expect(task.source.endLine).toBe(201);
    expect(task.text).not.toMatch(/\*\*/);
  });

  it("reads the lead-phrase paragraphs listed under a numbered task as its sub-tasks, each with its own years", () => {
    // 五、1: an introduction (247), then four measures each opening with its lead phrase (249–257).
    expect(CHANGCHUN.tasks.filter((t) => t.parentPath === "3/5/1").map(brief)).toEqual([
      ["SUBTASK", undefined, "建立多层次多部门协同联动综合监管机制，织牢基金监管防护网", 249],
      ["SUBTASK", undefined, "打造医疗保障信用体系", 251],
      ["SUBTASK", undefined, "加大医保协议监督制约力度", 255],
      ["SUBTASK", undefined, "推进医疗保障基金监管制度体系改革工作", 257],
    ]);
    expect(at(CHANGCHUN.tasks, "3/5/1/2").deadlines).toEqual([2022]);
    expect(at(CHANGCHUN.tasks, "3/5/1").source.endLine).toBe(247);
    expect(CHANGCHUN.tasks.filter((t) => t.parentPath === "3/8/2").map((t) => t.source.line)).toEqual([381, 383, 387]);
    expect(CHANGCHUN.tasks.filter((t) => t.parentPath === "3/7/2").map((t) => t.source.line)).toEqual([321, 327, 329]);
    expect(brief(at(CHANGCHUN.tasks, "3/2/2/1"))).toEqual(["SUBTASK", undefined, "稳步提高门诊待遇保障水平", 167]);
  });

  it("keeps a single lead-phrase paragraph under a task as the task's text", () => {
    // 三、1 prints one measure paragraph (197) and a goal (199); 三、4 one paragraph (213).
    expect(CHANGCHUN.tasks.some((t) => t.parentPath === "3/3/1" || t.parentPath === "3/3/4")).toBe(false);
    expect(at(CHANGCHUN.tasks, "3/3/4").source.endLine).toBe(213);
  });

  it("closes a 专栏 box at a numbered heading (## 5.) rather than taking it as item 5", () => {
    expect(CHANGCHUN.tasks.filter((t) => t.parentPath === "c2").length).toBe(4);
    expect(brief(at(CHANGCHUN.tasks, "3/1/5"))).toEqual(["TASK", "5", "支持商业健康保险发展", 147]);
  });

  it("keeps a box item's continuation with it and finds years in box items", () => {
    expect(at(CHANGCHUN.tasks, "c8/1").source.endLine).toBe(335);
    expect(at(CHANGCHUN.tasks, "c4/3").deadlines).toEqual([2024]);
    expect(at(CHANGCHUN.tasks, "3/3/2").deadlines).toEqual([2022]);
  });

  it("falls back to the acting department where no unit clause is printed", () => {
    expect(at(CHANGCHUN.tasks, "3/8/1").acting.map((a) => a.name)).toEqual(["财政部门"]);
  });

  it("keeps the 专栏1 indicator box with the narrative headings that hold it, and leaves the rest of the narrative out", () => {
    expect(brief(at(CHANGCHUN.tasks, "c1"))).toEqual(["COLUMN", "1", "“十四五”时期我市医疗保障发展主要目标", 87]);
    expect(at(CHANGCHUN.tasks, "c1").parentPath).toBe("2/3");
    expect(brief(at(CHANGCHUN.tasks, "2/3"))).toEqual(["SECTION", "三", "发展目标", 71]);
    expect(brief(at(CHANGCHUN.tasks, "2"))).toEqual(["CHAPTER", "二", "总体要求", 51]);
    const narrative = CHANGCHUN.tasks.filter((t) => t.source.line < 113);
    expect(narrative.map((t) => t.path)).toEqual(["2", "2/3", "c1"]);
  });
});

describe("outline of the Jiangxi plan (lead phrases, boxes without 专栏N)", () => {
  it("counts chapters 二–七, their sections, the lead-phrase tasks and the untitled boxes", () => {
    expect(counts(JIANGXI.tasks)).toEqual({ CHAPTER: 6, SECTION: 23, TASK: 31, COLUMN: 5, COLUMN_ITEM: 22 });
  });

  it("drops chapter 一, whose every section is narrative", () => {
    expect(JIANGXI.tasks[0].path).toBe("2");
    expect(JIANGXI.tasks.some((t) => NARRATIVE.test(t.title))).toBe(false);
  });

  it("reads a box by its short title line and ends it at the next long lead-phrase task", () => {
    expect(brief(at(JIANGXI.tasks, "3/2/b1"))).toEqual(["COLUMN", undefined, "医保目录药品监测评估工程", 202]);
    expect(JIANGXI.tasks.filter((t) => t.parentPath === "3/2/b1").map((t) => t.source.line)).toEqual([204, 206, 208, 210]);
    expect(brief(at(JIANGXI.tasks, "3/2/3"))).toEqual(["TASK", undefined, "加强医保定点管理", 212]);
    expect(at(JIANGXI.tasks, "3/2/b2/1").title).toBe("医保总额预算管理");
  });

  it("splits a box printed as HTML paragraphs into its items", () => {
    const items = JIANGXI.tasks.filter((t) => t.parentPath === "4/2/b1");
    expect(items.length).toBe(4);
    expect(items.every((t) => !/<\/?p>/.test(t.text))).toBe(true);
  });

  it("takes a line broken by the page right after a heading as text, not as a box title", () => {
    expect(at(JIANGXI.tasks, "4/3").source.endLine).toBe(287);
    expect(at(JIANGXI.tasks, "4/3/b1").title).toBe("医疗保障政务服务“好差评”提升工程");
  });

  it("ends before the 抄送 line", () => {
    expect(JIANGXI.tasks[JIANGXI.tasks.length - 1].source.endLine).toBe(388);
  });
});

describe("a new document of a known family", () => {
  const QINGHAI = [
    "青海省关于深化医疗保障制度改革的实施意见",
    "",
    "为深入贯彻落实《中共中央 国务院关于深化医疗保障制度改革的意见》(中发〔2020〕5号)精神,结合我省实际,提出如下实施意见。",
    "",
    "一、总体要求",
    "",
    "到2025年,医疗保障制度更加成熟定型。",
    "",
    "二、主要任务",
    "",
    "(一)完善公平适度的待遇保障机制",
    "",
    "1.完善基本医疗保险制度。巩固和完善覆盖全民、依法参加的基本医疗保险制度和政策体系。〔牵头单位:省医保局;责任单位:省财政厅〕" +
      "2.落实医疗保障待遇清单制度。2022年底前,严格执行基本支付范围和标准。(牵头单位:省医保局)",
    "",
    "(二)健全稳健可持续的筹资运行机制",
    "",
    "3.稳步提高统筹层次。全面做实基本医疗保险市级统筹。〔牵头单位:省医保局;责任单位:省财政厅、省税务局〕",
  ].join("\n");
  const doc = parseDocument("qinghai.txt", Buffer.from(QINGHAI));

  it("parses through the same grammar: region, tasks split after a unit clause, units", () => {
    expect(doc.meta.region.name).toBe("青海省");
    expect(doc.tasks.filter((t) => t.kind === "TASK").map((t) => [t.path, t.title, t.units.map((u) => u.name), t.deadlines])).toEqual([
      ["2/1/1", "完善基本医疗保险制度", ["省医保局", "省财政厅"], []],
      ["2/1/2", "落实医疗保障待遇清单制度", ["省医保局"], [2022]],
      ["2/2/3", "稳步提高统筹层次", ["省医保局", "省财政厅", "省税务局"], []],
    ]);
  });
});

describe("indicator tables inside the outline", () => {
  it("skips the table's lines and its caption, and goes on with the tasks after it", () => {
    const text = [
      "某省医疗保障规划",
      "",
      "第一章 主要任务",
      "",
      "第一节 完善制度",
      "",
      "完善医疗救助制度。建立健全救助对象精准识别机制。",
      "",
      "主要指标完成情况",
      "指标\t2020年\t2025年",
      "基本医疗保险参保率\t95%\t95%",
      "",
      "健全重大疫情医疗保障机制。确保医疗机构先救治、后收费。",
    ].join("\n");
    const source = new SourceText("t.txt", text);
    const { tasks } = parseOutline(source, paragraphs(source), new Set([10, 11]));
    expect(tasks.map((t) => [t.kind, t.title])).toEqual([
      ["CHAPTER", "主要任务"],
      ["SECTION", "完善制度"],
      ["TASK", "完善医疗救助制度"],
      ["TASK", "健全重大疫情医疗保障机制"],
    ]);
  });
});

describe("deadline years named in a text", () => {
  it.each([
    ["2021年底前,出台…", [2021]],
    ["2021 年底前完成", [2021]],
    ["力争到2023年底实现", [2023]],
    ["2022年建成平台", [2022]],
    ["到2025年,基本建成", [2025]],
    ["至“十四五”末,品种达到500个", [2025]],
    ["“十四五”期间实现全环节监控", [2025]],
    ["“十四五”期间,参保率稳定在95%以上", []],
    ["2019年1月,市医疗保障局挂牌成立", []],
    ["1. 2021 年出台实施意见。4. 2025 年前全面开展", [2021, 2025]],
    ["2023年6月底前,完成平台建设", [2023]],
    ["力争于2024年9月实现全覆盖", [2024]],
    ["二〇二二年底前全面推开", [2022]],
    ["到二〇二五年,基本建成", [2025]],
    ["2020年10月印发实施", []],
  ])("reads %s as %j", (text, years) => {
    expect(findDeadlines(text)).toEqual(years);
  });
});

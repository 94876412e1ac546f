import { conceptsIn, isBlockingConcept } from "../../src/lineage/text/lexicon";
import { taskSentences } from "../../src/lineage/text/task-sentences";
import { classOf, prepareTasks } from "../../src/lineage/text/task-text";
import { cleanText, cleanTextMapped, grams, sentences } from "../../src/lineage/text/tokenize";

describe("lineage text", () => {
  it("drops a Tibet unit clause, the outline marker and markup, keeping the task's words", () => {
    const text = "12.改革完善医保基金监管体制。加强医保基金监管队伍建设。〔牵头单位:区医保局;责任单位:区党委编办、区财政厅,各地(市)委、行署(政府)〕";
    expect(cleanText(text)).toBe("改革完善医保基金监管体制。加强医保基金监管队伍建设。");
    expect(cleanText("——**完善基本医疗保险制度**。提升参保质量")).toBe("完善基本医疗保险制度。提升参保质量");
    expect(cleanText("专栏 4 多元复合式医保支付方式")).toBe("多元复合式医保支付方式");
  });

  it("reads traditional script as simplified, so 清远 compares with 四川", () => {
    expect(grams(cleanText("健全醫療救助制度"))).toEqual(grams(cleanText("健全医疗救助制度")));
  });

  it("makes character bigrams within Han runs and keeps Latin words whole, dropping digits", () => {
    expect(grams("推进DRG付费2025年")).toEqual(["推进", "drg", "付费", "年"]);
    expect(sentences("完善机制。推进改革;落实")).toEqual(["完善机制。", "推进改革;", "落实"]);
  });

  it("maps different wordings of one concept to the lexicon key", () => {
    expect(conceptsIn("继续推进药品集团采购")).toContain("带量采购");
    expect(conceptsIn("深化药品和医用耗材集中带量采购制度改革")).toEqual(expect.arrayContaining(["带量采购", "医用耗材"]));
    expect(conceptsIn("按疾病诊断相关分组付费")).toContain("DRG");
    expect(isBlockingConcept("DRG")).toBe(true);
    expect(isBlockingConcept("医疗保障")).toBe(false);
  });

  it("puts boxes and sections that hold items in the group class, everything else in the item class", () => {
    expect(classOf("SECTION", true)).toBe("group");
    expect(classOf("SECTION", false)).toBe("item");
    expect(classOf("COLUMN", true)).toBe("group");
    expect(classOf("TASK", true)).toBe("item");
  });

  it("prepares a task with its children's titles in the body and its sections as context, and never matches a 主要任务 chapter", () => {
    const [chapter, section, task] = prepareTasks([
      { id: "c", planId: "P", kind: "CHAPTER", path: "2", title: "主要任务", text: "二、主要任务" },
      { id: "s", planId: "P", kind: "SECTION", path: "2/1", title: "健全基金监管机制", text: "(一)健全基金监管机制", parentId: "c" },
      { id: "t", planId: "P", kind: "TASK", path: "2/1/1", title: "健全智能监控制度", text: "1.健全智能监控制度。建设智能监控系统。", parentId: "s" },
    ]);
    expect(chapter.cls).toBe("container");
    expect(section.cls).toBe("group");
    expect(section.bodyGrams).toEqual(expect.arrayContaining(["智能", "监控"]));
    expect(task.contextGrams).toEqual(expect.arrayContaining(["监管", "主要"]));
    expect(task.concepts).toContain("智能监控");
  });

  it("maps every character it compares back to the character printed, through script, punctuation and markup", () => {
    const printed = "  ——**落實醫療保障待遇清單**。實施公平適度保障，糾正過度保障。";
    const { text, map } = cleanTextMapped(printed);
    expect(text).toBe(cleanText(printed));
    expect(text).toBe("落实医疗保障待遇清单。实施公平适度保障,纠正过度保障。");
    expect(map.map((i) => printed[i]).join("")).toBe("落實醫療保障待遇清單。實施公平適度保障，糾正過度保障。");
  });

  it("gives each sentence of 清远's task as compared and as printed in traditional script, with the lines it is printed on", () => {
    // seeds/002_0f323f1820598f05.txt, lines 259–261: a task's source span starts at its line.
    const sourceText = "——落實醫療保障待遇清單。實施公平適度保障,糾正過度保障和保障不足問題。\n\n嚴格執行國家、省規定的基本支付范圍和標準。";
    const task = { title: "落實醫療保障待遇清單", text: sourceText.replace("\n\n", "\n"), sourceText, sourceLine: 259 };
    expect(taskSentences(task, cleanText(task.text))).toEqual([
      { compared: "落实医疗保障待遇清单。", printed: "落實醫療保障待遇清單。", line: 259, endLine: 259 },
      { compared: "实施公平适度保障,纠正过度保障和保障不足问题。", printed: "實施公平適度保障,糾正過度保障和保障不足問題。", line: 259, endLine: 259 },
      { compared: "严格执行国家、省规定的基本支付范围和标准。", printed: "嚴格執行國家、省規定的基本支付范圍和標準。", line: 261, endLine: 261 },
    ]);
  });

  it("keeps a page break inside a sentence in its printed form, which then runs over two lines", () => {
    // seeds/000_1cc9d6698810e7a5.txt, lines 134–136.
    const sourceText = "1.稳定基本医疗保险住院待遇,稳步提高门诊待遇,做好门诊待遇和住\n\n院待遇的统筹衔接。";
    const [s] = taskSentences({ title: "", text: sourceText, sourceText, sourceLine: 134 }, cleanText(sourceText));
    expect(s).toEqual({
      compared: "稳定基本医疗保险住院待遇,稳步提高门诊待遇,做好门诊待遇和住院待遇的统筹衔接。",
      printed: "稳定基本医疗保险住院待遇,稳步提高门诊待遇,做好门诊待遇和住\n\n院待遇的统筹衔接。",
      line: 134,
      endLine: 136,
    });
  });

  it("quotes only the task's own sentences when its source span also covers other text", () => {
    const sourceText = "健全医疗救助制度。\n指标 2020年 2025年\n完善救助对象识别机制。";
    const text = "健全医疗救助制度。\n完善救助对象识别机制。";
    expect(taskSentences({ title: "健全医疗救助制度", text, sourceText, sourceLine: 10 }, cleanText(text)).map((s) => [s.printed, s.line])).toEqual([
      ["健全医疗救助制度。", 10],
    ]);
  });

  it("has no lines for a task without its source, and prints its text", () => {
    expect(taskSentences({ title: "t", text: "1.健全智能監控制度。" }, cleanText("1.健全智能監控制度。"))).toEqual([
      { compared: "健全智能监控制度。", printed: "健全智能監控制度。", line: null, endLine: null },
    ]);
  });
});

import { conceptsIn, isBlockingConcept } from "../../src/lineage/lexicon";
import { classOf, prepareTasks } from "../../src/lineage/task-text";
import { cleanText, grams, sentences } from "../../src/lineage/tokenize";

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
});

import { components, labelOf } from "../../src/lineage/groups/groups";
import { onOneLine, planLines } from "../../src/lineage/groups/plan-lines";
import type { PreparedTask } from "../../src/lineage/text/task-text";
import { viewLink } from "../../src/lineage/api/link-view";
import { choosePeers, regionDistance } from "../../src/lineage/write/peers";

const m = (id: string, planId: string, title = id) => ({ id, planId, title });

describe("lineage groups", () => {
  it("cluster links into topics, best links first, a group holding several items of one plan", () => {
    const groups = components(
      [m("a1", "A"), m("a1-box", "A"), m("b1", "B"), m("c1", "C")],
      [
        { a: "a1", b: "b1", score: 0.9, phrases: ["DRG"] },
        { a: "b1", b: "c1", score: 0.8, phrases: ["DRG"] },
        // A's box details its task a1 (ELABORATES) and covers C's task: all one topic.
        { a: "a1-box", b: "a1", score: 0.5, phrases: [] },
        { a: "a1-box", b: "c1", score: 0.4, phrases: ["DRG"] },
      ],
    );
    expect(groups).toEqual([{ id: "LineageGroup:a1", label: "DRG", taskIds: ["a1", "a1-box", "b1", "c1"], planIds: ["A", "B", "C"], concepts: new Map([["DRG", 3]]) }]);
  });

  it("keep two topics apart when one task bridges them (cohesion, not mere connection)", () => {
    const groups = components(
      [m("a1", "A"), m("b1", "B"), m("c1", "C"), m("a2", "A"), m("b2", "B"), m("x", "X")],
      [
        { a: "a1", b: "b1", score: 0.9, phrases: ["欺诈骗保"] },
        { a: "b1", b: "c1", score: 0.9, phrases: ["欺诈骗保"] },
        { a: "a1", b: "c1", score: 0.8, phrases: ["欺诈骗保"] },
        { a: "a2", b: "b2", score: 0.9, phrases: ["信用"] },
        // x names both topics: it joins the one it is most alike and bridges nothing.
        { a: "x", b: "c1", score: 0.6, phrases: ["欺诈骗保"] },
        { a: "x", b: "b2", score: 0.5, phrases: ["信用"] },
      ],
    );
    expect(groups.map((g) => g.taskIds)).toEqual([
      ["a1", "b1", "c1", "x"],
      ["a2", "b2"],
    ]);
  });

  it("let one item into a group only on links for a quarter of the pairs they would make (density)", () => {
    const five = [m("a1", "A"), m("b1", "B"), m("c1", "C"), m("d1", "D"), m("e1", "E")];
    const inside = [
      { a: "a1", b: "b1", score: 0.9, phrases: [] },
      { a: "b1", b: "c1", score: 0.9, phrases: [] },
      { a: "c1", b: "d1", score: 0.9, phrases: [] },
      { a: "d1", b: "e1", score: 0.9, phrases: [] },
    ];
    // 0.25 · 1 · 5 pairs: two links. One is a bridge to the item's own narrower topic, not membership.
    const once = components([...five, m("x", "X")], [...inside, { a: "x", b: "a1", score: 0.8, phrases: [] }]);
    expect(once.map((g) => g.taskIds)).toEqual([["a1", "b1", "c1", "d1", "e1"]]);
    const twice = components([...five, m("x", "X")], [...inside, { a: "x", b: "a1", score: 0.8, phrases: [] }, { a: "x", b: "c1", score: 0.7, phrases: [] }]);
    expect(twice.map((g) => g.taskIds)).toEqual([["a1", "b1", "c1", "d1", "e1", "x"]]);
  });

  it("are labelled by the specific phrases most links share, else by the most common title", () => {
    expect(labelOf([], [{ a: "x", b: "y", score: 1, phrases: ["带量采购", "医用耗材", "医疗保障"] }, { a: "y", b: "z", score: 1, phrases: ["带量采购", "医用耗材"] }])).toBe("医用耗材 · 带量采购");
    expect(labelOf([m("x", "A", "加强组织领导"), m("y", "B", "加强组织领导"), m("z", "C", "组织保障")], [])).toBe("加强组织领导");
  });
});

describe("the lines of one plan (which of its items may share a group)", () => {
  const item = (id: string, kind: string, parentId: string | null) => ({ task: { id, planId: "P", kind, parentId } }) as unknown as PreparedTask;
  const plan = [
    item("ch", "CHAPTER", null),
    item("t1", "TASK", "ch"),
    item("t1.1", "SUBTASK", "t1"),
    item("t1.2", "SUBTASK", "t1"),
    item("t2", "TASK", "ch"),
    item("box", "COLUMN", "ch"),
    item("box.1", "COLUMN_ITEM", "box"),
    item("box.2", "COLUMN_ITEM", "box"),
    item("box2", "COLUMN", "ch"),
    item("box2.1", "COLUMN_ITEM", "box2"),
  ];
  const lines = new Map(planLines(plan, new Map([["box2", "t2"]])).map((l) => [l.id, l]));
  const together = (a: string, b: string) => onOneLine(lines.get(a)!, lines.get(b)!);

  it("keep a task with its sections, sub-items and the box that details it, and the items of one box together", () => {
    expect([together("t1", "ch"), together("t1.1", "t1.2"), together("box2.1", "t2"), together("box.1", "box.2"), together("box.1", "box")]).toEqual([true, true, true, true, true]);
  });

  it("keep apart two tasks of one chapter, and a box's items from a task the box does not detail", () => {
    expect([together("t1", "t2"), together("t1.1", "t2"), together("box.1", "t1"), together("box.1", "box2.1")]).toEqual([false, false, false, false]);
  });
});

describe("comparison plans", () => {
  const place = (id: string, regionId: string, parentRegionId: string | null) => ({ id, regionId, parentRegionId });
  const city = place("Plan:city", "Region:长沙市", "Region:湖南省");

  it("rank the same region, then parent or child, then siblings, then the rest", () => {
    expect(regionDistance(city, place("p", "Region:湖南省", "Region:中国"))).toBe(1);
    expect(regionDistance(city, place("s", "Region:株洲市", "Region:湖南省"))).toBe(2);
    expect(regionDistance(city, place("o", "Region:四川省", "Region:中国"))).toBe(3);
  });

  it("always include related plans and cap the peers", () => {
    const others = [place("Plan:z", "Region:四川省", "Region:中国"), place("Plan:s", "Region:株洲市", "Region:湖南省"), place("Plan:p", "Region:湖南省", "Region:中国")];
    expect(choosePeers(city, others, new Set(["Plan:z"]), 1)).toEqual(["Plan:z", "Plan:p"]);
  });
});

describe("a link seen from a task", () => {
  const stored = {
    relation: "IMPLEMENTS",
    score: 0.97,
    method: "combined",
    phrases: ["DRG"],
    fromSentences: ["全面实施DRG付费。"],
    toSentences: ["推进按疾病诊断相关分组付费改革。"],
    alignScores: [0.6],
    fromTexts: ["全面實施DRG付費。"],
    fromLines: [285],
    fromEndLines: [285],
    toTexts: ["推进按疾病诊断相关分组付\n\n费改革。"],
    toLines: [134],
    toEndLines: [136],
    titleSimilarity: 0.5,
    bodySimilarity: 0.4,
    phraseSimilarity: 0.3,
    contextSimilarity: 0.2,
    planBasis: ["plan citation"],
    sortKey: "k",
  };

  it("keeps the stored direction from the local task: UPSTREAM, sentences as stored, quoted as printed with their lines", () => {
    const v = viewLink({ ...stored, outgoing: true, from: { id: "city" }, other: { id: "province" } });
    expect(v).toMatchObject({ direction: "UPSTREAM", from: { id: "city" }, to: { id: "province" } });
    expect(v.alignedSentences[0]).toEqual({
      fromSentence: "全面实施DRG付费。",
      toSentence: "推进按疾病诊断相关分组付费改革。",
      similarity: 0.6,
      fromText: "全面實施DRG付費。",
      fromLine: 285,
      fromEndLine: 285,
      toText: "推进按疾病诊断相关分组付\n\n费改革。",
      toLine: 134,
      toEndLine: 136,
    });
    expect(v.evidence).toEqual([
      "score 0.97 by combined: title 0.50, text 0.40, phrases 0.30, sections 0.20",
      "shared phrases: DRG",
      "aligned (0.60): 「全面實施DRG付費。」 (line 285) ~ 「推进按疾病诊断相关分组付费改革。」 (lines 134–136)",
      "plan basis: plan citation",
    ]);
  });

  it("read from the upstream task: DOWNSTREAM, and the sentences swap sides with their texts and lines", () => {
    const v = viewLink({ ...stored, outgoing: false, from: { id: "province" }, other: { id: "city" } });
    expect(v.direction).toBe("DOWNSTREAM");
    expect(v.alignedSentences[0]).toMatchObject({ fromSentence: "推进按疾病诊断相关分组付费改革。", fromLine: 134, toText: "全面實施DRG付費。", toLine: 285 });
    expect(v.evidence[2]).toBe("aligned (0.60): 「推进按疾病诊断相关分组付费改革。」 (lines 134–136) ~ 「全面實施DRG付費。」 (line 285)");
  });

  it("shows a link stored before printed texts were kept with null texts and lines, quoting the compared sentences", () => {
    const { fromTexts, fromLines, fromEndLines, toTexts, toLines, toEndLines, ...older } = stored;
    const v = viewLink({ ...older, outgoing: true, from: { id: "city" }, other: { id: "province" } });
    expect(v.alignedSentences[0]).toMatchObject({ fromText: null, fromLine: null, fromEndLine: null, toText: null, toLine: null, toEndLine: null });
    expect(v.evidence[2]).toBe("aligned (0.60): 「全面实施DRG付费。」 ~ 「推进按疾病诊断相关分组付费改革。」");
  });
});

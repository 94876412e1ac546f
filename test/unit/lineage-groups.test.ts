import { byStrength, components, conceptCounts, labelFrom, labelOf } from "../../src/lineage/groups/groups";
import { lineOf, onOneLine, planLines } from "../../src/lineage/groups/plan-lines";
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

  it("take the best link first whatever the order given, and break ties of score in one order of the two ends", () => {
    const members = [m("a1", "A"), m("b1", "B"), m("c1", "C"), m("a2", "A"), m("b2", "B"), m("x", "X")];
    const topics = [
      { a: "a1", b: "b1", score: 0.9, phrases: [] },
      { a: "b1", b: "c1", score: 0.9, phrases: [] },
      { a: "a2", b: "b2", score: 0.9, phrases: [] },
    ];
    const groupOfX = (edges: typeof topics) => components(members, [...edges, ...topics]).find((g) => g.taskIds.includes("x"))!.taskIds;
    // The weaker link to b2 comes first in the list; x still joins c1's topic, its best link.
    expect(groupOfX([{ a: "x", b: "b2", score: 0.5, phrases: [] }, { a: "x", b: "c1", score: 0.6, phrases: [] }])).toEqual(["a1", "b1", "c1", "x"]);
    // Two links of one score: the one whose ends come first ("b2 x" before "c1 x") is taken first,
    // whichever way each link points and in whichever order they are listed.
    for (const [toC, toB] of [
      [{ a: "c1", b: "x" }, { a: "x", b: "b2" }],
      [{ a: "x", b: "c1" }, { a: "b2", b: "x" }],
    ]) {
      expect(groupOfX([{ ...toC, score: 0.6, phrases: [] }, { ...toB, score: 0.6, phrases: [] }])).toEqual(["a2", "b2", "x"]);
    }
    expect(byStrength([{ a: "x", b: "c1", score: 0.6, phrases: [] }, { a: "b2", b: "x", score: 0.6, phrases: [] }, { a: "q", b: "p", score: 0.7, phrases: [] }]).map((e) => e.a)).toEqual(["q", "b2", "x"]);
    // The smaller end first: "a z" before "b c".
    expect(byStrength([{ a: "b", b: "c", score: 0.6, phrases: [] }, { a: "z", b: "a", score: 0.6, phrases: [] }]).map((e) => e.a)).toEqual(["z", "b"]);
  });

  it("keep apart two items of one plan that are not on one line, and only those", () => {
    const members = [m("a1", "A"), m("a2", "A"), m("b1", "B"), m("c1", "C")];
    const edges = [
      { a: "a1", b: "b1", score: 0.9, phrases: [] },
      { a: "a2", b: "b1", score: 0.8, phrases: [] },
      { a: "c1", b: "b1", score: 0.7, phrases: [] },
    ];
    expect(components(members, edges).map((g) => g.taskIds)).toEqual([["a1", "a2", "b1", "c1"]]);
    // a1 and a2 state two tasks of plan A: a2 cannot join a1's group; items of other plans are not asked about.
    const asked: string[] = [];
    const twoTasks = (x: string, y: string) => {
      asked.push([x, y].sort().join(" "));
      return false;
    };
    expect(components(members, edges, 1, twoTasks).map((g) => g.taskIds)).toEqual([["a1", "b1", "c1"]]);
    expect([...new Set(asked)]).toEqual(["a1 a2"]);
  });

  it("are named by their smallest member and listed by name, with their tasks and plans sorted", () => {
    const groups = components(
      [m("Task:z2", "Z"), m("Task:y2", "Y"), m("Task:b1", "B"), m("Task:a1", "A")],
      [
        { a: "Task:z2", b: "Task:y2", score: 0.9, phrases: [] },
        { a: "Task:b1", b: "Task:a1", score: 0.8, phrases: [] },
      ],
    );
    expect(groups.map(({ id, taskIds, planIds }) => ({ id, taskIds, planIds }))).toEqual([
      { id: "LineageGroup:a1", taskIds: ["Task:a1", "Task:b1"], planIds: ["A", "B"] },
      { id: "LineageGroup:y2", taskIds: ["Task:y2", "Task:z2"], planIds: ["Y", "Z"] },
    ]);
  });

  it("count the specific concepts of their own links only: not a link to another group, a link of an item to itself or to an unknown item", () => {
    const groups = components(
      [m("a1", "A"), m("b1", "B"), m("a2", "A"), m("b2", "B")],
      [
        { a: "a1", b: "b1", score: 0.9, phrases: ["欺诈骗保", "医疗保障"] },
        { a: "a2", b: "b2", score: 0.9, phrases: ["信用"] },
        { a: "a1", b: "b2", score: 0.5, phrases: ["信用"] },
        { a: "b1", b: "b1", score: 1, phrases: ["欺诈骗保"] },
        { a: "ghost", b: "a1", score: 1, phrases: ["欺诈骗保"] },
      ],
    );
    expect(groups.map((g) => [g.taskIds, [...g.concepts], g.label])).toEqual([
      [["a1", "b1"], [["欺诈骗保", 1]], "欺诈骗保"],
      [["a2", "b2"], [["信用", 1]], "信用"],
    ]);
  });

  it("take a concept out of the counts when links are subtracted down to none", () => {
    const link = { a: "x", b: "y", score: 1, phrases: ["DRG", "DRG", "医疗保障"] };
    expect([...conceptCounts([link])]).toEqual([["DRG", 1]]);
    expect([...conceptCounts([link], new Map([["DRG", 2]]), -1)]).toEqual([["DRG", 1]]);
    expect([...conceptCounts([link], new Map([["DRG", 1], ["DIP", 1]]), -1)]).toEqual([["DIP", 1]]);
  });

  it("name two concepts only when the second is shared by at least two links and half as many as the first", () => {
    const counts = (...c: [string, number][]) => new Map(c);
    expect(labelFrom(counts(["DRG", 6], ["DIP", 3]), [])).toBe("DRG · DIP");
    expect(labelFrom(counts(["DRG", 6], ["DIP", 2]), [])).toBe("DRG");
    expect(labelFrom(counts(["DRG", 3], ["DIP", 1]), [])).toBe("DRG");
    expect(labelFrom(counts(["DRG", 2], ["DIP", 2]), [])).toBe("DIP · DRG");
  });

  it("without a shared concept, take the most common title, then the shortest, then the first in order", () => {
    const titles = (...t: string[]) => t.map((title) => ({ title }));
    expect(labelFrom(new Map(), titles("组织保障", "加强组织领导", "加强组织领导"))).toBe("加强组织领导");
    expect(labelFrom(new Map(), titles("加强组织领导", "加强领导"))).toBe("加强领导");
    expect(labelFrom(new Map(), titles("gamma", "delta", "alpha"))).toBe("alpha");
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

  it("never keep apart items of two plans, whatever their lines", () => {
    const other = { ...lines.get("t2")!, id: "q1", planId: "Q", line: ["q1"], anchors: ["q1"] };
    expect([onOneLine(lines.get("t1")!, other), onOneLine(other, lines.get("box.1")!)]).toEqual([true, true]);
  });

  it("read a stored line as it was stored, and a task stored without one as on its own line", () => {
    expect(lineOf({ id: "t", planId: "P", line: ["t", "s"], anchors: ["t"] })).toEqual({ id: "t", planId: "P", line: ["t", "s"], anchors: ["t"] });
    const alone = lineOf({ id: "t", planId: "P", line: null, anchors: null });
    expect(alone).toEqual({ id: "t", planId: "P", line: ["t"], anchors: [] });
    expect([onOneLine(alone, alone), onOneLine(alone, lineOf({ id: "u", planId: "P" }))]).toEqual([true, false]);
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

import { bestUpstream, type Candidate, grainOf, oneToOne, pairLinks, scoreCandidates } from "../../src/lineage/match/matcher";
import { LINEAGE_PARAMS } from "../../src/lineage/params";
import { prepareTasks, type PreparedTask, type TaskClass } from "../../src/lineage/text/task-text";

/**
 * Which scored pairs become links, on candidates whose scores are set by hand: the greedy
 * one-to-one rule, its order and ties, the thresholds (a score equal to one passes), the
 * second chance of a task whose counterpart is taken, and which containers cover an item.
 * lineage-matching.test.ts and lineage-pins.test.ts run the same rules on seed text.
 */

const tasks = new Map<string, PreparedTask>();
/** A prepared task of a given class; `parent` for the outline that COVERS follows. */
function t(id: string, cls: TaskClass = "item"): PreparedTask {
  if (!tasks.has(id)) tasks.set(id, { task: { id }, cls } as unknown as PreparedTask);
  return tasks.get(id)!;
}
const zero = { title: 0, body: 0, phrase: 0, context: 0 };
const c = (a: string, b: string, score: number, clsA: TaskClass = "item", clsB: TaskClass = "item"): Candidate => ({ a: t(a, clsA), b: t(b, clsB), features: zero, score });
const pairs = (cs: Candidate[]) => cs.map((x) => `${x.a.task.id}-${x.b.task.id}`);

describe("oneToOne (SAME_TASK_AS within a plan pair)", () => {
  it("takes the best pair first and then only pairs whose tasks are both free", () => {
    const cs = [c("a2", "b1", 0.7), c("a1", "b2", 0.8), c("a2", "b2", 0.6), c("a1", "b1", 0.9)];
    expect(pairs(oneToOne(cs, 0.5))).toEqual(["a1-b1", "a2-b2"]);
  });

  it("keeps a pair scoring exactly the threshold and drops one just under it", () => {
    expect(pairs(oneToOne([c("a1", "b1", 0.5), c("a2", "b2", 0.4999)], 0.5))).toEqual(["a1-b1"]);
  });

  it("breaks a tie of scores by the first task's id, then the second's", () => {
    expect(pairs(oneToOne([c("a2", "b9", 0.8), c("a1", "b9", 0.8)], 0))).toEqual(["a1-b9"]);
    expect(pairs(oneToOne([c("a9", "b2", 0.8), c("a9", "b1", 0.8)], 0))).toEqual(["a9-b1"]);
  });

  it("leaves its input in the order it was given", () => {
    const cs = [c("a2", "b2", 0.1), c("a1", "b1", 0.9)];
    oneToOne(cs, 0);
    expect(pairs(cs)).toEqual(["a2-b2", "a1-b1"]);
  });
});

describe("bestUpstream (IMPLEMENTS)", () => {
  it("gives each local task its one best upstream task, several local tasks may share it, the threshold inclusive", () => {
    const cs = [c("l1", "u1", 0.6), c("l1", "u2", 0.7), c("l2", "u2", 0.5), c("l3", "u1", 0.49)];
    expect(pairs(bestUpstream(cs, 0.5)).sort()).toEqual(["l1-u2", "l2-u2"]);
  });
});

describe("pairLinks", () => {
  it("reads a group as a container and anything else as an item", () => {
    expect([grainOf(t("g", "group")), grainOf(t("i", "item")), grainOf(t("k", "container"))]).toEqual(["container", "item", "item"]);
  });

  it("links a task whose counterpart is taken to its best match when that reaches bestThreshold", () => {
    const cs = [c("a1", "b1", 0.9), c("a2", "b1", 0.85)];
    expect(pairs(pairLinks(cs, 0.1, 0.1).same)).toEqual(["a1-b1"]); // bestThreshold defaults to never
    expect(pairs(pairLinks(cs, 0.1, 0.1, 0.85).same)).toEqual(["a1-b1", "a2-b1"]);
    expect(pairs(pairLinks(cs, 0.1, 0.1, 0.86).same)).toEqual(["a1-b1"]);
    // Best first whatever the input order: a weak pair given first does not end the second chance.
    expect(pairs(pairLinks([c("a3", "b1", 0.5), ...cs], 0.1, 0.1, 0.8).same)).toEqual(["a1-b1", "a2-b1"]);
  });

  it("gives the second chance to a task's strongest match only, not to a weaker one", () => {
    // a1's best (b1) is its one-to-one link; its weaker a1-b2 must not join as well (b2 is a2's).
    const cs = [c("a2", "b2", 0.95), c("a1", "b1", 0.9), c("a1", "b2", 0.85)];
    expect(pairs(pairLinks(cs, 0.1, 0.1, 0.8).same)).toEqual(["a2-b2", "a1-b1"]);
  });

  it("never lets two items (or two containers) cover each other, however low the COVERS threshold", () => {
    const cs = [c("A", "B", 0.4, "group", "group"), c("a1", "b1", 0.3), c("A", "b1", 0.25, "group", "item")];
    expect(pairs(pairLinks(cs, 0.9, 0).covers)).toEqual(["A-b1"]);
  });

  it("matches SAME_TASK_AS within a grain only, and COVERS across grains from the container", () => {
    const cs = [c("A", "b1", 0.6, "group", "item"), c("a1", "B", 0.5, "item", "group"), c("A", "B", 0.4, "group", "group"), c("a1", "b1", 0.3)];
    const links = pairLinks(cs, 0.2, 0.5);
    expect(pairs(links.same)).toEqual(["A-B", "a1-b1"]);
    // Oriented container first, best first; the threshold inclusive.
    expect(pairs(links.covers)).toEqual(["A-b1", "B-a1"]);
    expect(pairs(pairLinks(cs, 0.2, 0.51).covers)).toEqual(["A-b1"]);
  });

  it("lets an item be covered by its best container and by the containers nested with that one, not by another", () => {
    const parent: Record<string, string> = { "A.1": "A", "A.1.1": "A.1" };
    const cs = [c("A.1", "b1", 0.7, "group"), c("A", "b1", 0.6, "group"), c("X", "b1", 0.65, "group"), c("A.1.1", "b1", 0.5, "group")];
    const links = pairLinks(cs, 0.2, 0.1, Infinity, (id) => parent[id]);
    expect(pairs(links.covers)).toEqual(["A.1-b1", "A-b1", "A.1.1-b1"]);
    // Best first whatever the input order: X given first is still not the item's best container.
    expect(pairs(pairLinks([cs[2], cs[1], cs[0], cs[3]], 0.2, 0.1, Infinity, (id) => parent[id]).covers)).toEqual(["A.1-b1", "A-b1", "A.1.1-b1"]);
    // Without the outline only the best container covers it.
    expect(pairs(pairLinks(cs, 0.2, 0.1).covers)).toEqual(["A.1-b1"]);
  });
});

describe("scoreCandidates (blocking)", () => {
  const lt = (planId: string, path: string, title: string, text: string, kind = "TASK") => ({ id: `Task:${planId}:${path}`, planId, kind, path, title, text: `${title}。${text}` });

  it("scores a pair that shares a title bigram, in the order of the first plan's tasks then the second's, each pair once", () => {
    const a = prepareTasks([lt("A", "1", "完善医疗救助制度", "实施分类救助。"), lt("A", "2", "推进药品集中采购", "落实中选结果。")]);
    const b = prepareTasks([lt("B", "1", "推进药品集中带量采购", "加快采购进程。"), lt("B", "2", "健全医疗救助制度", "实施动态监测。")]);
    const { candidates } = scoreCandidates(a, b, LINEAGE_PARAMS.model);
    expect(pairs(candidates)).toEqual(["Task:A:1-Task:B:2", "Task:A:2-Task:B:1"]);
    // A key that two tasks of the second plan share posts both.
    const b2 = prepareTasks([lt("B", "1", "健全医疗救助制度", "实施动态监测。"), lt("B", "2", "完善医疗救助机制", "精准识别。")]);
    expect(pairs(scoreCandidates(a, b2, LINEAGE_PARAMS.model).candidates)).toEqual(["Task:A:1-Task:B:1", "Task:A:1-Task:B:2"]);
  });

  it("never scores a generic heading such as 主要任务 (it names no task of its own), though it shares every word", () => {
    const a = prepareTasks([lt("A", "1", "主要任务", "完善医疗救助制度。", "CHAPTER")]);
    const b = prepareTasks([lt("B", "1", "主要任务", "完善医疗救助制度。", "CHAPTER")]);
    expect(a[0].cls).toBe("container");
    expect(scoreCandidates(a, b, LINEAGE_PARAMS.model).candidates).toEqual([]);
  });
});

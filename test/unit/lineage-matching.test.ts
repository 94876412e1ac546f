import { bestUpstream, oneToOne, scoreCandidates } from "../../src/lineage/match/matcher";
import { LINEAGE_PARAMS } from "../../src/lineage/params";
import { implementsPair, sameTaskPair } from "../../src/lineage/match/plan-pair";
import { LineageTask, prepareTasks } from "../../src/lineage/text/task-text";
import { fitLogistic, sigmoid } from "../../bench/lineage/logistic";

const task = (planId: string, path: string, title: string, text: string): LineageTask => ({ id: `Task:${planId}:${path}`, planId, kind: "TASK", path, title, text: `${title}。${text}` });

// Real excerpts: 四川 3/1/2 and 4/1/1, 清远 3/1/4 (traditional) and 3/5/1/1.
const sichuan = prepareTasks([
  task("A", "1", "完善医疗救助制度", "建立健全救助对象精准识别机制,全面落实资助参保政策,实施分类救助。健全重特大疾病医疗保险和救助制度。"),
  task("A", "2", "深化药品和医用耗材集中带量采购制度改革", "持续推动国家组织药品和医用耗材集中带量采购中选结果落地实施。完善省际联盟采购机制。"),
  task("A", "3", "加强“两病”管理和用药保障", "持续推进“两病”门诊用药待遇保障。"),
]);
const qingyuan = prepareTasks([
  task("B", "1", "健全醫療救助制度", "健全醫療救助對象及時精準識別機制,實施動態監測。全面落實全額資助重點救助對象參保繳費政策。"),
  task("B", "2", "繼續推進藥品集團采購", "堅持集中帶量采購原則,加快藥品集團采購進程。"),
  task("B", "3", "建立醫保社會監督員制度", "暢通舉報投訴渠道,落實舉報獎勵。"),
]);

describe("lineage matching", () => {
  it("links the same tasks across scripts and wordings, and leaves a task without counterpart alone", () => {
    const { links } = sameTaskPair({ planId: "A", tasks: sichuan }, { planId: "B", tasks: qingyuan }, LINEAGE_PARAMS);
    expect(links.map((l) => [l.a.task.path, l.b.task.path]).sort()).toEqual([
      ["1", "1"],
      ["2", "2"],
    ]);
    for (const l of links) expect(l.score).toBeGreaterThan(LINEAGE_PARAMS.sameTaskThreshold);
  });

  it("gives the same links whichever plan is loaded last", () => {
    const ab = sameTaskPair({ planId: "A", tasks: sichuan }, { planId: "B", tasks: qingyuan }, LINEAGE_PARAMS).links;
    const ba = sameTaskPair({ planId: "B", tasks: qingyuan }, { planId: "A", tasks: sichuan }, LINEAGE_PARAMS).links;
    expect(ba.map((l) => [l.a.task.id, l.b.task.id, l.score])).toEqual(ab.map((l) => [l.a.task.id, l.b.task.id, l.score]));
    // Put in plan-id order: the first end is always plan A's task.
    expect(ba.map((l) => l.a.task.planId)).toEqual(ab.map(() => "A"));
  });

  it("scores only pairs that share a blocking key (a concept or a title bigram)", () => {
    const { candidates } = scoreCandidates(sichuan, qingyuan, LINEAGE_PARAMS.model);
    expect(candidates.length).toBeLessThan(sichuan.length * qingyuan.length);
    expect(candidates.some((c) => c.a.task.path === "3" && c.b.task.path === "3")).toBe(false);
  });

  it("keeps SAME_TASK_AS one-to-one but lets several local tasks implement one upstream task", () => {
    const { candidates } = scoreCandidates(sichuan, qingyuan, LINEAGE_PARAMS.model);
    const doubled = [...candidates, { ...candidates[0], a: sichuan[2] }];
    const one = oneToOne(doubled, 0);
    expect(new Set(one.map((c) => c.b.task.id)).size).toBe(one.length);
    const many = bestUpstream(doubled, 0);
    expect(new Set(many.map((c) => c.a.task.id)).size).toBe(many.length);
    expect(many.filter((c) => c.b.task.id === candidates[0].b.task.id).length).toBeGreaterThanOrEqual(2);
  });

  it("fits a logistic model that recovers a known separating direction", () => {
    const rows = Array.from({ length: 400 }, (_, i) => {
      const x = [(i % 20) / 20, ((i * 7) % 13) / 13];
      return { x, y: (sigmoid(-3 + 4 * x[0] + 2 * x[1]) > ((i * 37) % 100) / 100 ? 1 : 0) as 0 | 1 };
    });
    const [bias, w1, w2] = fitLogistic(rows, 0);
    expect(bias).toBeLessThan(0);
    expect(w1).toBeGreaterThan(w2);
    expect(w2).toBeGreaterThan(0);
  });
});

describe("implementsPair", () => {
  // The upstream plan states 医疗救助 twice: as a section with a task under it, and as that task.
  const upstream = prepareTasks([
    { ...task("U", "1", "健全醫療救助制度", "健全醫療救助對象及時精準識別機制,實施動態監測。全面落實全額資助重點救助對象參保繳費政策。健全重特大疾病醫療保險和救助制度。"), kind: "SECTION" },
    { ...task("U", "1/1", "健全醫療救助制度", "健全醫療救助對象及時精準識別機制,實施動態監測。"), parentId: "Task:U:1" },
    task("U", "2", "繼續推進藥品集團采購", "堅持集中帶量采購原則,加快藥品集團采購進程。"),
  ]);

  it("links each local task to its best upstream task at the same grain, and a section only to a section", () => {
    expect(upstream.map((t) => t.cls)).toEqual(["group", "item", "item"]);
    const { links, candidates, covers } = implementsPair({ planId: "L", tasks: sichuan }, { planId: "U", tasks: upstream }, LINEAGE_PARAMS);
    expect(covers).toEqual([]);
    // The premise: the section, which repeats 四川 1's text more fully, scores higher than its task.
    const score = (u: string) => candidates.find((c) => c.a.task.id === "Task:A:1" && c.b.task.id === u)!.score;
    expect(score("Task:U:1")).toBeGreaterThan(score("Task:U:1/1"));
    // 四川 1 (医疗救助) carries out the upstream task, not its section; 2 (集中采购) the 采购 task; 3 has no counterpart.
    expect(links.map((l) => [l.a.task.id, l.b.task.id])).toEqual([
      ["Task:A:1", "Task:U:1/1"],
      ["Task:A:2", "Task:U:2"],
    ]);
  });

  it("links a local section to the upstream section, not to the task under it", () => {
    const local = prepareTasks([
      { ...task("A", "1", "完善医疗救助制度", "建立健全救助对象精准识别机制,实施动态监测。全面落实资助重点救助对象参保缴费政策。健全重特大疾病医疗保险和救助制度。"), kind: "SECTION" },
      { ...task("A", "1/1", "推进药品集中带量采购", "坚持集中带量采购原则,加快药品集团采购进程。"), parentId: "Task:A:1" },
    ]);
    // A section that holds a task is a container (`group`), as the upstream's is.
    expect(local.map((t) => t.cls)).toEqual(["group", "item"]);
    const { links } = implementsPair({ planId: "L", tasks: local }, { planId: "U", tasks: upstream }, LINEAGE_PARAMS);
    expect(links.map((l) => [l.a.task.id, l.b.task.id]).sort()).toEqual([
      ["Task:A:1", "Task:U:1"],
      ["Task:A:1/1", "Task:U:2"],
    ]);
  });
});

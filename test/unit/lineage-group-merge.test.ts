import { mergeLinks, PartIds, STORED_READ_CAP, StoredGroup, StoredLink, TaskPlace } from "../../src/lineage/groups/group-merge";
import { components, GroupEdge } from "../../src/lineage/groups/groups";
import type { TaskLine } from "../../src/lineage/groups/plan-lines";

const group = (id: string, size: number, concepts: [string, number][] = []): StoredGroup => ({ id, size, planCount: size, concepts: new Map(concepts) });
const place = (id: string, planId: string, g: StoredGroup | null = null): TaskPlace => ({ id, planId, title: id, group: g });
const link = (a: string, b: string, score: number, phrases: string[] = []): GroupEdge => ({ a, b, score, phrases });
const places = (...ps: TaskPlace[]) => new Map(ps.map((p) => [p.id, p]));

describe("merging a plan's new links into stored groups", () => {
  it("adds a loose task to the group it links to often enough (density), keeping the group's id", async () => {
    const big = group("LineageGroup:b1", 40, [["DRG", 39]]);
    const ps = places(place("x1", "X"), place("b1", "B", big), place("b2", "C", big), place("b3", "D", big));
    // A quarter of the pairs, each side counted up to 12 items: 0.25 · 1 · 12 = 3 links.
    const three = [link("x1", "b1", 0.9, ["DRG"]), link("x1", "b2", 0.8, ["DRG"]), link("x1", "b3", 0.7, ["DRG"])];
    expect((await mergeLinks(ps, three.slice(0, 2))).merged).toEqual([]);
    const { merged } = await mergeLinks(ps, three);
    expect(merged).toEqual([{ id: "LineageGroup:b1", absorbed: [], looseTaskIds: ["x1"], loosePlanIds: ["X"], size: 41, planCount: 0, concepts: new Map([["DRG", 42]]) }]);
  });

  it("lets a group hold a plan's task, its box and the box's items (several tasks of one plan)", async () => {
    const g = group("LineageGroup:t", 3);
    const ps = places(place("x-task", "X"), place("x-box", "X"), place("b1", "B", g));
    const { merged } = await mergeLinks(ps, [link("x-task", "b1", 0.9), link("x-box", "x-task", 0.4)]);
    expect(merged.map((m) => [m.id, m.looseTaskIds, m.size])).toEqual([["LineageGroup:t", ["x-box", "x-task"], 5]]);
  });

  it("does not merge two stored groups that one new task bridges: two topics stay apart", async () => {
    const fraud = group("LineageGroup:fraud", 4);
    const credit = group("LineageGroup:credit", 4);
    const ps = places(place("x1", "X"), place("f1", "F", fraud), place("c1", "C", credit));
    const { merged } = await mergeLinks(ps, [link("x1", "f1", 0.9), link("x1", "c1", 0.6)]);
    expect(merged.map((m) => [m.id, m.absorbed, m.looseTaskIds])).toEqual([["LineageGroup:fraud", [], ["x1"]]]);
  });

  it("merges two stored groups the new plan's tasks bridge often enough (cohesion and density), the larger keeping its id", async () => {
    const large = group("LineageGroup:l", 3);
    const small = group("LineageGroup:s", 2);
    const ps = places(place("x1", "X"), place("a1", "A", large), place("a2", "B", large), place("c1", "C", small), place("c2", "D", small));
    // x1 joins the larger group on two links; the four then meet the pair on two: as many as the pair's size, and a quarter of 4 · 2 pairs.
    const links = [link("x1", "a1", 0.9), link("x1", "a2", 0.85), link("x1", "c1", 0.8), link("x1", "c2", 0.7)];
    const { merged } = await mergeLinks(ps, links);
    expect(merged.map((m) => [m.id, m.absorbed, m.looseTaskIds, m.size])).toEqual([["LineageGroup:l", ["LineageGroup:s"], ["x1"], 6]]);
    // One link to the pair is a bridge, not a merge.
    const bridged = await mergeLinks(ps, links.slice(0, 3));
    expect(bridged.merged.map((m) => [m.id, m.absorbed, m.looseTaskIds, m.size])).toEqual([["LineageGroup:l", [], ["x1"], 4]]);
  });

  it("counts the links earlier plans left between two parts, besides the new plan's", async () => {
    const g1 = group("LineageGroup:g1", 2);
    const g2 = group("LineageGroup:g2", 3);
    const ps = places(place("p1", "P", g1), place("q1", "Q", g1), place("p2", "P2", g2), place("q2", "Q2", g2));
    const batch = [link("q1", "q2", 0.8)];
    // Cohesion: two links for a group of two. The new plan's one link is not enough on its own.
    expect((await mergeLinks(ps, batch)).merged).toEqual([]);
    const asked: unknown[] = [];
    const stored = async (from: PartIds, to: PartIds): Promise<StoredLink[]> => {
      asked.push([from, to]);
      // As the store holds them: an earlier plan's link between the two groups, and this batch's own (not counted twice).
      return [
        { rel: "r1", a: "p1", aGroup: g1.id, b: "p2", bGroup: g2.id },
        { rel: "r2", a: "q2", aGroup: g2.id, b: "q1", bGroup: g1.id },
      ];
    };
    const { merged } = await mergeLinks(ps, batch, new Set(), undefined, undefined, stored);
    expect(merged.map((m) => [m.id, m.absorbed, m.size])).toEqual([["LineageGroup:g2", ["LineageGroup:g1"], 5]]);
    // Read from the smaller side, to every part the batch touches.
    expect(asked).toEqual([[{ groupIds: [g1.id], taskIds: [] }, { groupIds: [g1.id, g2.id], taskIds: [] }]]);
    // The batch's own link, stored, adds nothing.
    const same = await mergeLinks(ps, batch, new Set(), undefined, undefined, async () => [{ rel: "r2", a: "q1", aGroup: g1.id, b: "q2", bGroup: g2.id }]);
    expect(same.merged).toEqual([]);
    // Also when the store reads it from its other end.
    const reversed = await mergeLinks(ps, batch, new Set(), undefined, undefined, async () => [{ rel: "r2", a: "q2", aGroup: g2.id, b: "q1", bGroup: g1.id }]);
    expect(reversed.merged).toEqual([]);
  });

  it("reads stored links once a plan, from the smaller side of each pair the new links bridge, never from two large parts", async () => {
    const g1 = group("LineageGroup:g1", 3);
    const g2 = group("LineageGroup:g2", 3);
    const big1 = group("LineageGroup:big1", STORED_READ_CAP + 1);
    const big2 = group("LineageGroup:big2", STORED_READ_CAP + 5);
    const ps = places(place("p1", "P", g1), place("q1", "Q", g1), place("p2", "P2", g2), place("q2", "Q2", g2), place("x", "X"), place("b1", "B", big1), place("b2", "C", big2));
    const asked: PartIds[] = [];
    const stored = async (from: PartIds): Promise<StoredLink[]> => {
      asked.push(from);
      return [];
    };
    const batch = [link("p1", "p2", 0.9), link("q1", "q2", 0.8), link("x", "p2", 0.7), link("b1", "b2", 0.95)];
    const { merged } = await mergeLinks(ps, batch, new Set(), undefined, undefined, stored);
    // Groups of three need three links: two are not enough; x joins g2 on one. The two large groups are not read.
    expect(merged.map((m) => [m.id, m.absorbed, m.looseTaskIds])).toEqual([["LineageGroup:g2", [], ["x"]]]);
    expect(asked).toEqual([{ groupIds: [g1.id], taskIds: ["x"] }]);
  });

  it("refuses a join that would put two items of one plan that state different tasks in one group (the line rule)", async () => {
    const g = group("LineageGroup:g", 2);
    const other: TaskLine = { id: "x-other", planId: "X", line: ["x-other", "x-ch"], anchors: ["x-other"] };
    const calls: unknown[] = [];
    const groupLines = async (groupIds: string[], planIds: string[] | null) => {
      calls.push([groupIds, planIds]);
      return [other];
    };
    const run = (line: TaskLine) => {
      const x1 = { ...place("x1", "X"), line };
      return mergeLinks(places(x1, place("b1", "B", g), place("x-other", "X", g)), [link("x1", "b1", 0.9)], new Set(), undefined, groupLines);
    };
    const sibling: TaskLine = { id: "x1", planId: "X", line: ["x1", "x-ch"], anchors: ["x1"] };
    // A sibling task of the same chapter: two tasks, whatever links bridge them.
    expect((await run(sibling)).merged).toEqual([]);
    // Only the larger side's members of the smaller side's plans are read, whichever way the link points.
    const reversed = await mergeLinks(places({ ...place("x1", "X"), line: sibling }, place("b1", "B", g)), [link("b1", "x1", 0.9)], new Set(), undefined, groupLines);
    expect(reversed.merged).toEqual([]);
    expect(calls).toEqual([
      [["LineageGroup:g"], ["X"]],
      [["LineageGroup:g"], ["X"]],
    ]);
    // A sub-task of that task states it: it joins.
    const sub = await run({ id: "x1", planId: "X", line: ["x1", "x-other", "x-ch"], anchors: ["x1", "x-other"] });
    expect(sub.merged.map((m) => [m.id, m.looseTaskIds, m.loosePlanIds, m.size])).toEqual([["LineageGroup:g", ["x1"], ["X"], 3]]);
  });

  it("puts two loose tasks of one plan without stored lines on two lines, and checks every member read", async () => {
    const noLines = async () => [];
    const ps = places(place("x1", "X"), place("x2", "X"), place("b1", "B"));
    const { merged } = await mergeLinks(ps, [link("x1", "b1", 0.9), link("x2", "b1", 0.8)], new Set(), undefined, noLines);
    expect(merged.map((m) => m.looseTaskIds)).toEqual([["b1", "x1"]]);
    // Read from a stored group: one member on x1's line does not let it in while another is not.
    const g = group("LineageGroup:g", 3);
    const onLine: TaskLine = { id: "x-task", planId: "X", line: ["x-task", "x-ch"], anchors: ["x-task"] };
    const offLine: TaskLine = { id: "x-sibling", planId: "X", line: ["x-sibling", "x-ch"], anchors: ["x-sibling"] };
    const x1 = { ...place("x1", "X"), line: { id: "x1", planId: "X", line: ["x1", "x-task", "x-ch"], anchors: ["x1", "x-task"] } };
    const members = (lines: TaskLine[]) => async () => lines;
    const join = (lines: TaskLine[]) => mergeLinks(places(x1, place("b1", "B", g)), [link("b1", "x1", 0.9)], new Set(), undefined, members(lines));
    expect((await join([onLine])).merged.map((m) => m.looseTaskIds)).toEqual([["x1"]]);
    expect((await join([onLine, offLine])).merged).toEqual([]);
  });

  it("reads the smaller side's stored members whole, and checks each of them", async () => {
    const small = group("LineageGroup:small", 2);
    const large = group("LineageGroup:large", 3);
    const task: TaskLine = { id: "x-task", planId: "X", line: ["x-task", "x-ch"], anchors: ["x-task"] };
    const sub: TaskLine = { id: "x-sub", planId: "X", line: ["x-sub", "x-task", "x-ch"], anchors: ["x-sub", "x-task"] };
    const sibling: TaskLine = { id: "x-sibling", planId: "X", line: ["x-sibling", "x-ch"], anchors: ["x-sibling"] };
    const calls: unknown[] = [];
    const lines = (ofSmall: TaskLine[]) => async (groupIds: string[], planIds: string[] | null) => {
      calls.push([groupIds, planIds]);
      return groupIds.includes(small.id) ? ofSmall : [task];
    };
    const ps = places(place("s1", "S", small), place("s2", "S2", small), place("l1", "L", large), place("l2", "L2", large));
    const bridge = [link("s1", "l1", 0.9), link("l2", "s2", 0.8)];
    expect((await mergeLinks(ps, bridge, new Set(), undefined, lines([sub]))).merged.map((m) => [m.id, m.absorbed])).toEqual([["LineageGroup:large", ["LineageGroup:small"]]]);
    expect(calls).toEqual([
      [[small.id], null],
      [[large.id], ["X"]],
    ]);
    // One of the smaller side's members is on the task's line, the other is not: no join.
    expect((await mergeLinks(ps, bridge, new Set(), undefined, lines([sub, sibling]))).merged).toEqual([]);
  });

  it("leaves out links whose ends it was not given, and counts a link between two parts whichever way it points", async () => {
    const g = group("LineageGroup:g", 2);
    const ps = places(place("x1", "X"), place("b1", "B", g), place("c1", "C", g));
    // Two links for a pair (cohesion) arrive pointing both ways; a link to an unknown task counts for nothing.
    const { merged } = await mergeLinks(
      places(place("p", "P", group("LineageGroup:p", 2)), place("q", "Q", group("LineageGroup:p", 2)), ...ps.values()),
      [link("p", "b1", 0.9), link("c1", "q", 0.8), link("p", "nowhere", 0.95)],
    );
    expect(merged.map((m) => [m.id, [...m.absorbed].sort(), m.size])).toEqual([["LineageGroup:g", ["LineageGroup:p"], 4]]);
  });

  it("names a group of loose tasks after its smallest task, and lists its tasks and plans in order", async () => {
    const { merged } = await mergeLinks(places(place("Task:y1", "Y"), place("Task:x1", "X")), [link("Task:y1", "Task:x1", 0.9, ["DRG"])]);
    expect(merged).toEqual([{ id: "LineageGroup:x1", absorbed: [], looseTaskIds: ["Task:x1", "Task:y1"], loosePlanIds: ["X", "Y"], size: 2, planCount: 0, concepts: new Map([["DRG", 1]]) }]);
  });

  it("reports one merge for parts joined in steps, under the part that ends up holding them", async () => {
    const g = group("LineageGroup:g", 3);
    const ps = places(place("x1", "X"), place("y1", "Y"), place("g1", "G1", g), place("g2", "G2", g));
    // x1 and y1 join first; the pair then joins g on two links (as many as the pair's size).
    const { merged } = await mergeLinks(ps, [link("x1", "y1", 0.9), link("x1", "g1", 0.8), link("g2", "y1", 0.7)]);
    expect(merged).toEqual([{ id: "LineageGroup:g", absorbed: [], looseTaskIds: ["x1", "y1"], loosePlanIds: ["X", "Y"], size: 5, planCount: 0, concepts: new Map() }]);
  });

  it("adds the concepts of a new link inside a stored group to that group, unless its counts were just recomputed", async () => {
    const g = group("LineageGroup:g", 2, [["DRG", 1]]);
    const other = group("LineageGroup:o", 2);
    const ps = places(place("p", "P", g), place("q", "Q", g), place("r", "R", other));
    const inside = link("p", "q", 0.9, ["DRG", "DIP"]);
    // The link to the other group is one of two it would need: no merge, and its concepts go nowhere.
    const { merged, recounted } = await mergeLinks(ps, [inside, link("q", "r", 0.8, ["信用"])]);
    expect(merged).toEqual([]);
    expect([...recounted].map((x) => [x.id, [...x.concepts]])).toEqual([["LineageGroup:g", [["DRG", 2], ["DIP", 1]]]]);
    // A link from a recomputed group to a task it takes in counts for the merge.
    const recomputed = group("LineageGroup:g", 2, [["DRG", 1]]);
    const joined = await mergeLinks(places(place("p", "P", recomputed), place("q", "Q", recomputed), place("x", "X")), [link("p", "x", 0.9, ["信用"]), link("x", "q", 0.8)], new Set(["LineageGroup:g"]));
    expect(joined.merged.map((m) => [m.id, m.looseTaskIds, [...m.concepts]])).toEqual([["LineageGroup:g", ["x"], [["DRG", 1], ["信用", 1]]]]);
    const fresh = group("LineageGroup:g", 2, [["DRG", 1]]);
    const counted = await mergeLinks(places(place("p", "P", fresh), place("q", "Q", fresh)), [inside], new Set(["LineageGroup:g"]));
    expect([counted.recounted.size, [...fresh.concepts]]).toEqual([0, [["DRG", 1]]]);
  });

  it("reads stored links only when some bridged pair has a side of at most STORED_READ_CAP items, and then from the smaller side", async () => {
    const atCap = group("LineageGroup:cap", STORED_READ_CAP);
    const over = group("LineageGroup:over", STORED_READ_CAP + 1);
    const over2 = group("LineageGroup:over2", STORED_READ_CAP + 2);
    const asked: PartIds[] = [];
    const stored = async (from: PartIds): Promise<StoredLink[]> => {
      asked.push(from);
      return [];
    };
    const ps = places(place("c", "C", atCap), place("o", "O", over), place("o2", "O2", over2), place("x", "X"));
    // Two parts over the cap: nothing to read, and no read at all. A link to an unknown task, or inside one part, bridges nothing.
    await mergeLinks(places(...ps.values(), place("c2", "C2", atCap)), [link("o", "o2", 0.9), link("o", "nowhere", 0.8), link("c", "c2", 0.7)], new Set(), undefined, undefined, stored);
    expect(asked).toEqual([]);
    // A part of exactly the cap is read, whichever way the link points.
    await mergeLinks(ps, [link("o", "c", 0.9)], new Set(), undefined, undefined, stored);
    // A loose task beside a group over the cap: the task is read.
    await mergeLinks(ps, [link("o2", "x", 0.9)], new Set(), undefined, undefined, stored);
    expect(asked).toEqual([
      { groupIds: [atCap.id], taskIds: [] },
      { groupIds: [], taskIds: ["x"] },
    ]);
  });

  it("of two parts of one size, reads the one whose key comes first, whichever way the link points", async () => {
    const g1 = group("LineageGroup:g1", 3);
    const g2 = group("LineageGroup:g2", 3);
    const asked: PartIds[] = [];
    const stored = async (from: PartIds): Promise<StoredLink[]> => {
      asked.push(from);
      return [];
    };
    await mergeLinks(places(place("p1", "P", g1), place("p2", "P2", g2)), [link("p2", "p1", 0.9)], new Set(), undefined, undefined, stored);
    expect(asked).toEqual([{ groupIds: [g1.id], taskIds: [] }]);
  });

  it("counts each stored link between two parts for both directions of a join, and several of them", async () => {
    const g1 = group("LineageGroup:g1", 3);
    const g2 = group("LineageGroup:g2", 3);
    const ps = places(place("p1", "P", g1), place("q1", "Q", g1), place("r1", "R", g1), place("p2", "P2", g2), place("q2", "Q2", g2), place("r2", "R2", g2));
    const batch = [link("q1", "q2", 0.8)];
    // Groups of three need three links: the batch's one and two stored, one pointing each way.
    const two: StoredLink[] = [
      { rel: "r1", a: "p2", aGroup: g2.id, b: "p1", bGroup: g1.id },
      { rel: "r3", a: "r1", aGroup: g1.id, b: "r2", bGroup: g2.id },
    ];
    const { merged } = await mergeLinks(ps, batch, new Set(), undefined, undefined, async () => two);
    expect(merged.map((m) => [m.id, m.absorbed])).toEqual([["LineageGroup:g1", ["LineageGroup:g2"]]]);
    // One stored link, with links inside a group or to a task outside every part, is one short.
    const one: StoredLink[] = [two[0], { rel: "r4", a: "p1", aGroup: g1.id, b: "q1", bGroup: g1.id }, { rel: "r5", a: "p1", aGroup: g1.id, b: "far", bGroup: null }];
    expect((await mergeLinks(ps, batch, new Set(), undefined, undefined, async () => one)).merged).toEqual([]);
  });

  it("gives the groups a full computation gives when links come plan by plan, counting what earlier plans left between two groups", async () => {
    const members = [place("a1", "A"), place("b1", "B"), place("c1", "C"), place("d1", "D")];
    // Two pairs, then the two links that bridge them, each in a later plan's batch: over all links at
    // once the pairs hold together (two links between groups of two), but no single batch bridges them twice.
    const batches = [[link("a1", "b1", 0.9, ["DRG"])], [link("c1", "d1", 0.8, ["DRG"])], [link("a1", "c1", 0.7)], [link("b1", "d1", 0.6)]];
    const full = components(members, batches.flat()).map((g) => g.taskIds);
    expect(full).toEqual([["a1", "b1", "c1", "d1"]]);

    const incrementally = async (readStored: boolean) => {
      // Stored state between plans, as the database would hold it: each task's group, and the links written so far.
      const stored = new Map<string, StoredGroup | null>(members.map((m) => [m.id, null]));
      const written: GroupEdge[] = [];
      const membersOf = (p: PartIds) => new Set([...p.taskIds, ...members.filter((t) => p.groupIds.includes(stored.get(t.id)?.id ?? "")).map((t) => t.id)]);
      const storedLinks = async (from: PartIds, to: PartIds): Promise<StoredLink[]> => {
        const [f, t] = [membersOf(from), membersOf(to)];
        return written
          .flatMap((e) => (f.has(e.a) && t.has(e.b) ? [e] : f.has(e.b) && t.has(e.a) ? [{ ...e, a: e.b, b: e.a }] : []))
          .map((e) => ({ rel: [e.a, e.b].sort().join(" "), a: e.a, aGroup: stored.get(e.a)?.id ?? null, b: e.b, bGroup: stored.get(e.b)?.id ?? null }));
      };
      for (const batch of batches) {
        written.push(...batch);
        const ps = places(...members.map((m) => place(m.id, m.planId, stored.get(m.id) ?? null)));
        const { merged } = await mergeLinks(ps, batch, new Set(), undefined, undefined, readStored ? storedLinks : undefined);
        for (const m of merged) {
          const g = group(m.id, m.size, [...m.concepts]);
          const moved = members.filter((t) => m.looseTaskIds.includes(t.id) || [m.id, ...m.absorbed].includes(stored.get(t.id)?.id ?? ""));
          for (const t of moved) stored.set(t.id, g);
        }
      }
      const groups = [...new Set([...stored.values()].filter((g): g is StoredGroup => !!g))];
      return groups.map((g) => ({ ids: members.filter((t) => stored.get(t.id) === g).map((t) => t.id).sort(), concepts: g.concepts })).sort((x, y) => x.ids[0].localeCompare(y.ids[0]));
    };
    // Weighing only each plan's own links, the pairs never join: the groups would follow the order plans came in.
    expect((await incrementally(false)).map((g) => g.ids)).toEqual([["a1", "b1"], ["c1", "d1"]]);
    expect(await incrementally(true)).toEqual([{ ids: full[0], concepts: new Map([["DRG", 2]]) }]);
  });
});

import { mergeLinks, StoredGroup, TaskPlace } from "../../src/lineage/groups/group-merge";
import { components, GroupEdge } from "../../src/lineage/groups/groups";

const group = (id: string, size: number, concepts: [string, number][] = []): StoredGroup => ({ id, size, planCount: size, concepts: new Map(concepts) });
const place = (id: string, planId: string, g: StoredGroup | null = null): TaskPlace => ({ id, planId, title: id, group: g });
const link = (a: string, b: string, score: number, phrases: string[] = []): GroupEdge => ({ a, b, score, phrases });
const places = (...ps: TaskPlace[]) => new Map(ps.map((p) => [p.id, p]));

describe("merging a plan's new links into stored groups", () => {
  it("adds a loose task to the group of the task it links to, keeping the group's id", async () => {
    const big = group("LineageGroup:b1", 40, [["DRG", 39]]);
    const { merged } = await mergeLinks(places(place("x1", "X"), place("b1", "B", big)), [link("x1", "b1", 0.9, ["DRG"])]);
    expect(merged).toEqual([{ id: "LineageGroup:b1", absorbed: [], looseTaskIds: ["x1"], loosePlanIds: ["X"], size: 41, planCount: 0, concepts: new Map([["DRG", 40]]) }]);
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

  it("merges two stored groups the new plan's tasks bridge as often as the smaller one's size (cohesion), the larger keeping its id", async () => {
    const large = group("LineageGroup:l", 30);
    const small = group("LineageGroup:s", 2);
    const ps = places(place("x1", "X"), place("x2", "X"), place("a1", "A", large), place("c1", "C", small), place("c2", "C", small));
    const links = [link("x1", "a1", 0.9), link("x2", "a1", 0.85), link("x1", "c1", 0.8), link("x2", "c2", 0.7), link("x1", "c2", 0.6)];
    const { merged } = await mergeLinks(ps, links);
    expect(merged.map((m) => [m.id, m.absorbed, m.looseTaskIds, m.size])).toEqual([["LineageGroup:l", ["LineageGroup:s"], ["x1", "x2"], 34]]);
  });

  it("gives the groups a full computation gives when links come plan by plan, each plan adding tasks, in an order that does not decide", async () => {
    const members = [place("a1", "A"), place("b1", "B"), place("c1", "C"), place("d1", "D"), place("a2", "A"), place("b2", "B")];
    const batches = [[link("a1", "b1", 0.9, ["DRG"])], [link("c1", "b1", 0.7, ["DRG"]), link("a2", "b2", 0.5)], [link("d1", "c1", 0.6), link("d1", "a2", 0.4)]];
    // Stored state between plans, as the database would hold it.
    const stored = new Map<string, StoredGroup | null>(members.map((m) => [m.id, null]));
    for (const batch of batches) {
      const ps = places(...members.map((m) => place(m.id, m.planId, stored.get(m.id) ?? null)));
      const { merged } = await mergeLinks(ps, batch);
      for (const m of merged) {
        const g = group(m.id, m.size, [...m.concepts]);
        const moved = members.filter((t) => m.looseTaskIds.includes(t.id) || [m.id, ...m.absorbed].includes(stored.get(t.id)?.id ?? ""));
        for (const t of moved) stored.set(t.id, g);
      }
    }
    const incremental = [...new Set([...stored.values()].filter(Boolean))].map((g) => members.filter((t) => stored.get(t.id) === g).map((t) => t.id).sort());
    const full = components(members, batches.flat()).map((g) => g.taskIds);
    expect(incremental.sort()).toEqual(full.sort());
    expect(full.sort()).toEqual([["a1", "b1", "c1", "d1"], ["a2", "b2"]]);
    expect([...stored.values()].find((g) => g?.id === "LineageGroup:a1")!.concepts).toEqual(new Map([["DRG", 2]]));
  });
});

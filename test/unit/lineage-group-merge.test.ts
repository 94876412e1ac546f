import { mergeLinks, StoredGroup, TaskPlace } from "../../src/lineage/group-merge";
import { components, GroupEdge } from "../../src/lineage/groups";

const group = (id: string, size: number, planCount = size, concepts: [string, number][] = []): StoredGroup => ({ id, size, planCount, concepts: new Map(concepts) });
const place = (id: string, planId: string, g: StoredGroup | null = null): TaskPlace => ({ id, planId, title: id, group: g });
const link = (a: string, b: string, score: number, phrases: string[] = []): GroupEdge => ({ a, b, score, phrases });
const places = (...ps: TaskPlace[]) => new Map(ps.map((p) => [p.id, p]));

/** The groups' plans, for the fake database answer; records what was asked. */
function database(plansOf: Record<string, string[]>) {
  const asked: [string[], string[]][] = [];
  const sharePlan = async (smaller: string[], larger: string[]) => {
    asked.push([smaller, larger]);
    const ps = new Set(larger.flatMap((g) => plansOf[g]));
    return smaller.some((g) => plansOf[g].some((p) => ps.has(p)));
  };
  return { asked, sharePlan };
}

describe("merging a plan's new links into stored groups", () => {
  it("adds a loose task to the group of the task it links to, keeping the group's id, without asking the database", async () => {
    const big = group("LineageGroup:b1", 40, 40, [["DRG", 39]]);
    const db = database({});
    const { merged } = await mergeLinks(places(place("x1", "X"), place("b1", "B", big)), [link("x1", "b1", 0.9, ["DRG"])], new Map(), db.sharePlan);
    expect(merged).toEqual([{ id: "LineageGroup:b1", absorbed: [], looseTaskIds: ["x1"], loosePlanIds: ["X"], size: 41, planCount: 41, concepts: new Map([["DRG", 40]]) }]);
    expect(db.asked).toEqual([]);
  });

  it("keeps a loose task out of a group that already spans its plan (one task per plan)", async () => {
    const big = group("LineageGroup:b1", 40);
    const { merged } = await mergeLinks(places(place("x2", "X"), place("b1", "B", big)), [link("x2", "b1", 0.9)], new Map([["X", new Set(["LineageGroup:b1"])]]), database({}).sharePlan);
    expect(merged).toEqual([]);
  });

  it("joins two groups by size: the larger keeps its id and absorbs the smaller, the smaller side is the one listed", async () => {
    const large = group("LineageGroup:l", 30);
    const small = group("LineageGroup:s", 3);
    const db = database({ "LineageGroup:l": ["A", "B"], "LineageGroup:s": ["C", "D"] });
    const ps = places(place("x1", "X"), place("a1", "A", large), place("c1", "C", small));
    const { merged } = await mergeLinks(ps, [link("x1", "c1", 0.9), link("x1", "a1", 0.8)], new Map(), db.sharePlan);
    expect(merged).toEqual([{ id: "LineageGroup:l", absorbed: ["LineageGroup:s"], looseTaskIds: ["x1"], loosePlanIds: ["X"], size: 34, planCount: 34, concepts: new Map() }]);
    expect(db.asked).toEqual([[["LineageGroup:s"], ["LineageGroup:l"]]]);
  });

  it("does not join two groups that share a plan: the better link wins", async () => {
    const g1 = group("LineageGroup:g1", 5);
    const g2 = group("LineageGroup:g2", 4);
    const db = database({ "LineageGroup:g1": ["A", "B"], "LineageGroup:g2": ["B", "C"] });
    const { merged } = await mergeLinks(places(place("x1", "X"), place("a1", "A", g1), place("c1", "C", g2)), [link("x1", "c1", 0.9), link("x1", "a1", 0.5)], new Map(), db.sharePlan);
    expect(merged.map((m) => [m.id, m.absorbed, m.looseTaskIds])).toEqual([["LineageGroup:g2", [], ["x1"]]]);
  });

  it("gives the groups a full computation gives when links come plan by plan and never conflict", async () => {
    const members = [place("a1", "A"), place("b1", "B"), place("c1", "C"), place("d1", "D"), place("a2", "A"), place("b2", "B")];
    const batches = [[link("a1", "b1", 0.9, ["DRG"])], [link("c1", "b1", 0.7, ["DRG"]), link("c1", "a2", 0.2)], [link("d1", "c1", 0.6), link("d1", "b2", 0.4)]];
    // Stored state between plans, as the database would hold it.
    const stored = new Map<string, StoredGroup | null>(members.map((m) => [m.id, null]));
    const plans = new Map<string, Set<string>>();
    const planOf = new Map(members.map((m) => [m.id, m.planId]));
    for (const batch of batches) {
      const ps = places(...members.map((m) => place(m.id, m.planId, stored.get(m.id) ?? null)));
      const spanning = new Map<string, Set<string>>();
      for (const [g, gp] of plans) for (const p of gp) spanning.set(p, new Set([...(spanning.get(p) ?? []), g]));
      const plansOf = Object.fromEntries([...plans].map(([g, gp]) => [g, [...gp]]));
      const { merged } = await mergeLinks(ps, batch, spanning, database(plansOf).sharePlan);
      for (const m of merged) {
        const g = group(m.id, m.size, m.planCount, [...m.concepts]);
        const moved = members.filter((t) => m.looseTaskIds.includes(t.id) || [m.id, ...m.absorbed].includes(stored.get(t.id)?.id ?? ""));
        for (const t of moved) stored.set(t.id, g);
        for (const a of m.absorbed) plans.delete(a);
        plans.set(m.id, new Set(moved.map((t) => planOf.get(t.id)!)));
      }
    }
    const incremental = [...new Set([...stored.values()].filter(Boolean))].map((g) => members.filter((t) => stored.get(t.id) === g).map((t) => t.id).sort());
    const full = components(members, batches.flat()).map((g) => g.taskIds);
    expect(incremental.sort()).toEqual(full.sort());
    expect([...stored.values()].find(Boolean)!.concepts).toEqual(new Map([["DRG", 2]]));
  });
});

import { COHESION, components, ConceptCounts, conceptCounts, Group, GroupEdge, GroupMember, labelFrom } from "./groups";
import { lineOf, onOneLine, TaskLine } from "./plan-lines";
import type { Step } from "../write/step";

/**
 * Recomputes groups from all their members' links (groups.ts), for the cases a
 * merge cannot handle: a group that lost a member or a link it needed to stay
 * connected. Costs the size of the groups, so it runs only for those. Neighbours in
 * other groups stay there (regrouping them here would give them two groups).
 * A `rejoined` group (a reloaded plan's task put back where it was) that its own
 * links still hold together is kept as it is, with its concept counts recounted:
 * reloading an unchanged plan then gives back the same groups. Returns the ids
 * written, all of whose concept counts include the current links.
 */
export async function regroup(run: Step, groupIds: string[], rejoined: Set<string> = new Set()): Promise<string[]> {
  const membersOf = new Map((await run("group-members", { groupIds })).map((r) => [r.groupId as string, r.taskIds as string[]]));
  const members = [...membersOf.values()].flat();
  const affected = new Set(groupIds);
  const rows = await run("task-neighbourhood", { taskIds: members });
  const nodes = new Map<string, GroupMember>();
  const lines = new Map<string, TaskLine>();
  const edges: GroupEdge[] = [];
  const seen = new Set<string>();
  type Row = GroupMember & { line: string[] | null; anchors: string[] | null };
  const addNode = (t: Row) => {
    nodes.set(t.id, { id: t.id, planId: t.planId, title: t.title });
    lines.set(t.id, lineOf(t));
  };
  for (const r of rows) {
    const t = r.task as Row;
    addNode(t);
    for (const l of r.links as (Row & { score: number; phrases: string[] | null; groupId: string | null })[]) {
      if (l.groupId && !affected.has(l.groupId)) continue;
      if (!nodes.has(l.id)) addNode(l);
      const key = t.id < l.id ? `${t.id} ${l.id}` : `${l.id} ${t.id}`;
      if (!seen.has(key)) edges.push({ a: t.id, b: l.id, score: l.score, phrases: l.phrases ?? [] });
      seen.add(key);
    }
  }
  const compatible = (a: string, b: string) => onOneLine(lines.get(a)!, lines.get(b)!);
  const kept: Group[] = [];
  for (const id of rejoined) {
    const ids = new Set(membersOf.get(id) ?? []);
    const inside = edges.filter((e) => ids.has(e.a) && ids.has(e.b));
    // Held together by its own links: connected, as it was when merges built it. Not the
    // full computation's rule (components): that takes links best first across the group
    // and may split a group that merges built in another order, so an unchanged reload
    // would not give back the same groups. It must still keep the line rule (plan-lines.ts): a reloaded plan
    // whose outline changed may no longer state two of its members as one task.
    const members = [...ids];
    const onLines = members.every((a, i) => members.slice(i + 1).every((b) => compatible(a, b)));
    if (ids.size && onLines && connected(ids, inside)) {
      const concepts = conceptCounts(inside);
      const memberRows = [...ids].map((m) => nodes.get(m)!);
      kept.push({ id, label: labelFrom(concepts, memberRows), taskIds: [...ids], planIds: [...new Set(memberRows.map((m) => m.planId))], concepts });
    }
  }
  const keptIds = new Set(kept.map((g) => g.id));
  const keptMembers = new Set(kept.flatMap((g) => g.taskIds));
  const redo = groupIds.filter((id) => !keptIds.has(id));
  const groups = redo.length ? components([...nodes.values()].filter((n) => !keptMembers.has(n.id)), edges, COHESION, compatible) : [];
  if (kept.length) await run("relabel-groups", { groups: kept.map((g) => ({ id: g.id, label: g.label, ...conceptLists(g.concepts) })) });
  if (redo.length) await run("replace-groups", { oldIds: redo, groups: groups.map(groupRow) });
  return [...keptIds, ...groups.map((g) => g.id)];
}

/** Whether `edges` connect every one of `ids` (union-find). */
function connected(ids: Set<string>, edges: GroupEdge[]): boolean {
  const parent = new Map([...ids].map((id) => [id, id]));
  const root = (x: string): string => {
    while (parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  for (const e of edges) parent.set(root(e.a), root(e.b));
  return new Set([...ids].map(root)).size === 1;
}

function groupRow(g: Group) {
  return { id: g.id, label: g.label, size: g.taskIds.length, planCount: g.planIds.length, sortKey: sortKeyOf(g.id, g.taskIds.length), taskIds: g.taskIds, planIds: g.planIds, ...conceptLists(g.concepts) };
}

/** Largest groups first when listed. */
export const sortKeyOf = (id: string, size: number) => `${String(10_000_000 - size).padStart(8, "0")}|${id}`;

/** Neo4j properties cannot be maps: concept counts are stored as two parallel lists. */
export function conceptLists(c: ConceptCounts): { conceptKeys: string[]; conceptCounts: number[] } {
  const entries = [...c].sort((x, y) => x[0].localeCompare(y[0]));
  return { conceptKeys: entries.map((e) => e[0]), conceptCounts: entries.map((e) => e[1]) };
}

export function conceptMap(keys: string[], counts: number[]): ConceptCounts {
  return new Map(keys.map((k, i) => [k, Number(counts[i])]));
}

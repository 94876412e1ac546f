import { regroup, conceptLists, conceptMap, sortKeyOf } from "./group-regroup";
import { Merged, mergeLinks, StoredGroup, StoredLink, TaskPlace } from "./group-merge";
import { COHESION, conceptCounts, GroupEdge, labelFrom, pairKey } from "./groups";
import { lineOf } from "./plan-lines";
import type { Step } from "../write/step";

/** The plan's group-forming links (SAME_TASK_AS, a box's COVERS, ELABORATES) as the task step changed them: deleted (some recreated at once) and created. */
export interface SameTaskChange {
  deleted: GroupEdge[];
  created: GroupEdge[];
}

/**
 * Brings the stored groups up to date with a plan's new links at a cost that does
 * not grow with the groups (issue #5: a group is a task across all plans, so
 * recomputing the groups a plan touches made a national load O(plans²)).
 *
 * - Links only added: merged into the stored groups by size (group-merge.ts).
 * - Groups recomputed from their members (group-regroup.ts) only where a merge
 *   cannot tell: groups that lost the plan's task (the loader replaced them; a task
 *   of the same id goes back and the group is kept if it still holds), groups
 *   a removed link may have split (the group no longer connects its two tasks), and
 *   groups stored before concept counts were kept.
 *
 * A merge weighs the plan's new links and those stored between the two sides (the
 * rule of groups.ts); links are still taken best first within each plan, not across
 * all plans, so which of two conflicting links wins can depend on the order plans are
 * computed in (docs/lineage.md).
 */
export async function groupStep(run: Step, planId: string, planTaskIds: string[], change: SameTaskChange): Promise<number> {
  const createdKeys = new Set(change.created.map(pairKey));
  const removed = change.deleted.filter((e) => !createdKeys.has(pairKey(e)));
  const stale = (await run("stale-groups", { planId })) as { groupId: string; taskId: string | null }[];
  const back = stale.filter((s) => s.taskId);
  if (back.length) await run("rejoin-groups", { pairs: back.map((s) => [s.groupId, s.taskId]) });
  const split = removed.length ? await run("split-groups", { pairs: removed.map((e) => [e.a, e.b]) }) : [];
  const redo = new Set([...stale.map((s) => s.groupId), ...split.filter((r) => !r.connected).map((r) => r.groupId as string)]);
  const taskIds = [...new Set([...planTaskIds, ...[...change.deleted, ...change.created].flatMap((e) => [e.a, e.b])])];
  let { places, legacy } = await taskPlaces(run, taskIds);
  for (const id of legacy) redo.add(id);
  const fresh = new Set(redo.size ? await regroup(run, [...redo], new Set(back.map((s) => s.groupId))) : []);
  if (redo.size) ({ places } = await taskPlaces(run, taskIds));

  // A deleted link inside a group no longer names its concepts there.
  const recounted = new Set<StoredGroup>();
  for (const e of change.deleted) {
    const g = places.get(e.a)?.group;
    if (g && g === places.get(e.b)?.group && !fresh.has(g.id)) {
      conceptCounts([e], g.concepts, -1);
      recounted.add(g);
    }
  }
  const merge = await mergeLinks(
    places,
    change.created,
    fresh,
    COHESION,
    async (groupIds, planIds) => (await run("group-lines", { groupIds, planIds })).map((r) => lineOf(r as unknown as { id: string; planId: string; line: string[] | null; anchors: string[] | null })),
    async (from, to) =>
      (await run("links-between", { fromGroups: from.groupIds, fromTasks: from.taskIds, toGroups: to.groupIds, toTasks: to.taskIds })) as unknown as StoredLink[],
  );
  for (const g of merge.recounted) recounted.add(g);
  const merged = new Set(merge.merged.flatMap((m) => [m.id, ...m.absorbed]));
  const relabel = [...recounted].filter((g) => !merged.has(g.id));

  await countEarlierLinks(run, merge.merged, change.created);
  const titles = await fallbackTitles(run, places, merge.merged, relabel);
  if (merge.merged.length) {
    await run("merge-groups", {
      merges: merge.merged.map((m) => ({
        ...m,
        ...conceptLists(m.concepts),
        concepts: undefined,
        label: labelFrom(m.concepts, titles(m)),
        sortKey: sortKeyOf(m.id, m.size),
      })),
    });
  }
  if (relabel.length) {
    await run("relabel-groups", { groups: relabel.map((g) => ({ id: g.id, label: labelFrom(g.concepts, titles({ id: g.id, absorbed: [], looseTaskIds: [] })), ...conceptLists(g.concepts) })) });
  }
  return fresh.size + merge.merged.length + relabel.length;
}

/**
 * A merge joins parts that earlier links between them could not (too few, or refused by the line rule);
 * those links are inside the merged group now, so their concepts count in its label. Reads the links of
 * the smaller parts' members (the absorbed groups and the loose tasks), not of the kept group.
 */
async function countEarlierLinks(run: Step, merged: Merged[], batch: GroupEdge[]): Promise<void> {
  const inBatch = new Set(batch.map(pairKey));
  for (const m of merged) {
    const partOf = new Map<string, string>(m.looseTaskIds.map((id) => [id, id]));
    if (m.absorbed.length) for (const r of await run("group-members", { groupIds: m.absorbed })) for (const id of r.taskIds as string[]) partOf.set(id, r.groupId as string);
    const seen = new Set<string>();
    for (const r of await run("grouping-links", { taskIds: [...partOf.keys()] })) {
      const e = { a: r.a as string, b: r.b as string, score: r.score as number, phrases: r.phrases as string[] };
      const [pa, pb] = [partOf.get(e.a), partOf.get(e.b) ?? (r.groupId === m.id ? m.id : undefined)];
      const key = pairKey(e);
      if (!pb || pa === pb || inBatch.has(key) || seen.has(key)) continue;
      seen.add(key);
      conceptCounts([e], m.concepts);
    }
  }
}

/** Where each task stands; `legacy`: groups stored before concept counts were kept, to be recomputed once. */
async function taskPlaces(run: Step, taskIds: string[]): Promise<{ places: Map<string, TaskPlace>; legacy: Set<string> }> {
  const groups = new Map<string, StoredGroup>();
  const legacy = new Set<string>();
  const places = new Map<string, TaskPlace>();
  for (const r of await run("task-groups", { taskIds })) {
    const t = r.task as { id: string; planId: string; title: string; line: string[] | null; anchors: string[] | null };
    const g = r.group as { id: string; size: number; planCount: number; conceptKeys: string[] | null; conceptCounts: number[] | null } | null;
    if (g && !groups.has(g.id)) {
      groups.set(g.id, { id: g.id, size: Number(g.size), planCount: Number(g.planCount), concepts: conceptMap(g.conceptKeys ?? [], g.conceptCounts ?? []) });
      if (!g.conceptKeys) legacy.add(g.id);
    }
    places.set(t.id, { id: t.id, planId: t.planId, title: t.title, group: g ? groups.get(g.id)! : null, line: lineOf(t) });
  }
  return { places, legacy };
}

/**
 * Member titles, read only for groups whose links share no specific concept (the
 * label then is the most common title): that read costs the group's size.
 */
async function fallbackTitles(run: Step, places: Map<string, TaskPlace>, merged: Merged[], relabel: StoredGroup[]) {
  const need = [...merged.filter((m) => !m.concepts.size).flatMap((m) => [m.id, ...m.absorbed]), ...relabel.filter((g) => !g.concepts.size).map((g) => g.id)];
  const stored = new Map<string, string[]>();
  if (need.length) {
    const isGroup = new Set([...places.values()].flatMap((t) => (t.group ? [t.group.id] : [])));
    for (const r of await run("group-titles", { groupIds: need.filter((id) => isGroup.has(id)) })) stored.set(r.groupId as string, r.titles as string[]);
  }
  return (m: Pick<Merged, "id" | "absorbed" | "looseTaskIds">) =>
    [...[m.id, ...m.absorbed].flatMap((id) => stored.get(id) ?? []), ...m.looseTaskIds.map((id) => places.get(id)!.title)].map((title) => ({ title }));
}

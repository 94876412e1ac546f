import { components, GroupEdge, GroupMember } from "./groups";
import type { Step } from "./step";

/**
 * Recomputes the groups a plan's new links can have changed: the groups that
 * spanned the plan (its old tasks may have bridged them) and the groups of the
 * tasks it now links to, re-clustered from their members' links (groups.ts). The
 * cost is the size of the groups touched, not of the graph. Groups elsewhere are
 * left as they are, so a group's make-up can depend on the order plans were
 * loaded in where one-task-per-plan conflicts arise; the links never do.
 */
export async function groupStep(run: Step, planId: string, planTaskIds: string[]): Promise<number> {
  const [{ groupIds }] = (await run("affected-groups", { planId })) as { groupIds: string[] }[];
  const members = groupIds.length ? ((await run("group-members", { groupIds }))[0].taskIds as string[]) : [];
  const affected = new Set(groupIds);
  const seeds = [...new Set([...members, ...planTaskIds])];
  const rows = await run("task-neighbourhood", { taskIds: seeds });
  const nodes = new Map<string, GroupMember>();
  const edges: GroupEdge[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    const t = r.task as GroupMember;
    nodes.set(t.id, t);
    for (const l of r.links as (GroupMember & { score: number; phrases: string[] | null; groupId: string | null })[]) {
      // A neighbour in a group this plan does not touch stays there: regrouping it here would give it two groups.
      if (l.groupId && !affected.has(l.groupId)) continue;
      if (!nodes.has(l.id)) nodes.set(l.id, { id: l.id, planId: l.planId, title: l.title });
      const key = t.id < l.id ? `${t.id} ${l.id}` : `${l.id} ${t.id}`;
      if (!seen.has(key)) edges.push({ a: t.id, b: l.id, score: l.score, phrases: l.phrases ?? [] });
      seen.add(key);
    }
  }
  const groups = components([...nodes.values()], edges);
  await run("replace-groups", {
    oldIds: groupIds,
    groups: groups.map((g) => ({
      id: g.id,
      label: g.label,
      size: g.taskIds.length,
      planCount: g.planIds.length,
      // Largest groups first when listed.
      sortKey: `${String(10_000_000 - g.taskIds.length).padStart(8, "0")}|${g.id}`,
      taskIds: g.taskIds,
      planIds: g.planIds,
    })),
  });
  return groups.length;
}

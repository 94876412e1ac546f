import { isBlockingConcept } from "./lexicon";

/**
 * Lineage groups: "the same task across all plans", built from SAME_TASK_AS.
 * Plain connected components chain different tasks together (A1–B1–A2 puts two
 * tasks of plan A in one group; on the five seeds the largest component held 26
 * tasks), so a group holds at most one task per plan: links are taken best score
 * first, and a link joins two groups only when they share no plan. A link that
 * cannot join stays a link. Each group is labelled with the concepts its links
 * share most (the evidence phrases), falling back to its most common title.
 */
export interface GroupMember {
  id: string;
  planId: string;
  title: string;
}

export interface GroupEdge {
  a: string;
  b: string;
  score: number;
  phrases: string[];
}

export interface Group {
  /** `LineageGroup:` + the smallest member id without its `Task:` prefix: stable while the smallest member stays. */
  id: string;
  label: string;
  taskIds: string[];
  planIds: string[];
}

export function components(members: GroupMember[], edges: GroupEdge[]): Group[] {
  const planOf = new Map(members.map((m) => [m.id, m.planId]));
  const parent = new Map(members.map((m) => [m.id, m.id]));
  const plans = new Map(members.map((m) => [m.id, new Set([m.planId])]));
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    for (let y = x; y !== r; ) {
      const next = parent.get(y)!;
      parent.set(y, r);
      y = next;
    }
    return r;
  };
  const ordered = edges
    .filter((e) => planOf.has(e.a) && planOf.has(e.b))
    .sort((x, y) => y.score - x.score || pairOrder(x).localeCompare(pairOrder(y)));
  const joined: GroupEdge[] = [];
  for (const e of ordered) {
    const [ra, rb] = [find(e.a), find(e.b)];
    if (ra === rb) {
      joined.push(e);
      continue;
    }
    const [pa, pb] = [plans.get(ra)!, plans.get(rb)!];
    if ([...pb].some((p) => pa.has(p))) continue;
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    parent.set(child, root);
    plans.set(root, new Set([...pa, ...pb]));
    joined.push(e);
  }
  const byRoot = new Map<string, GroupMember[]>();
  for (const m of members) {
    const r = find(m.id);
    if (!byRoot.has(r)) byRoot.set(r, []);
    byRoot.get(r)!.push(m);
  }
  const groups: Group[] = [];
  for (const ms of byRoot.values()) {
    if (ms.length < 2) continue;
    const ids = new Set(ms.map((m) => m.id));
    const own = joined.filter((e) => ids.has(e.a) && ids.has(e.b));
    const taskIds = [...ids].sort();
    groups.push({ id: `LineageGroup:${taskIds[0].replace(/^Task:/, "")}`, label: labelOf(ms, own), taskIds, planIds: [...new Set(ms.map((m) => m.planId))].sort() });
  }
  return groups.sort((a, b) => a.id.localeCompare(b.id));
}

const pairOrder = (e: GroupEdge) => (e.a < e.b ? `${e.a} ${e.b}` : `${e.b} ${e.a}`);

/** The one or two specific concepts most links of the group share; else the most common title. */
export function labelOf(members: GroupMember[], edges: GroupEdge[]): string {
  const counts = new Map<string, number>();
  for (const e of edges) for (const p of new Set(e.phrases)) if (isBlockingConcept(p)) counts.set(p, (counts.get(p) ?? 0) + 1);
  const top = [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
  if (top.length) {
    const [first, second] = top;
    return second && second[1] >= Math.max(2, first[1] / 2) ? `${first[0]} · ${second[0]}` : first[0];
  }
  const titles = new Map<string, number>();
  for (const m of members) titles.set(m.title, (titles.get(m.title) ?? 0) + 1);
  return [...titles].sort((x, y) => y[1] - x[1] || x[0].length - y[0].length || x[0].localeCompare(y[0]))[0][0];
}

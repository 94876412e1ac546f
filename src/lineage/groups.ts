import { isBlockingConcept } from "./lexicon";

/**
 * Lineage groups: "the same task across all plans", built from SAME_TASK_AS.
 * Plain connected components chain different tasks together (A1–B1–A2 puts two
 * tasks of plan A in one group; on the five seeds the largest component held 26
 * tasks), so a group holds at most one task per plan: links are taken best score
 * first, and a link joins two groups only when they share no plan. A link that
 * cannot join stays a link. Each group is labelled with the concepts its links
 * share most (the evidence phrases), falling back to its most common title.
 *
 * `components` is the full computation over a set of members. The store keeps
 * groups up to date incrementally (group-merge.ts): a plan's new links are taken
 * best first and merge groups under the same rule, so the rule holds everywhere,
 * but which of two conflicting links wins can depend on load order (docs/lineage.md).
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

/** How many of a group's links name each specific concept: what its label is made of, kept with the group so merges can add them up. */
export type ConceptCounts = Map<string, number>;

export interface Group {
  /** `LineageGroup:` + the smallest member id without its `Task:` prefix when computed whole; a merge keeps the larger group's id. */
  id: string;
  label: string;
  taskIds: string[];
  planIds: string[];
  concepts: ConceptCounts;
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
  const ordered = byStrength(edges.filter((e) => planOf.has(e.a) && planOf.has(e.b)));
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
    const concepts = conceptCounts(joined.filter((e) => ids.has(e.a) && ids.has(e.b)));
    const taskIds = [...ids].sort();
    groups.push({ id: `LineageGroup:${taskIds[0].replace(/^Task:/, "")}`, label: labelFrom(concepts, ms), taskIds, planIds: [...new Set(ms.map((m) => m.planId))].sort(), concepts });
  }
  return groups.sort((a, b) => a.id.localeCompare(b.id));
}

/** Best score first; ties in a fixed order, so the same links always give the same groups. */
export function byStrength<E extends GroupEdge>(edges: E[]): E[] {
  return [...edges].sort((x, y) => y.score - x.score || pairOrder(x).localeCompare(pairOrder(y)));
}

const pairOrder = (e: GroupEdge) => (e.a < e.b ? `${e.a} ${e.b}` : `${e.b} ${e.a}`);

/** Each link counts each specific concept it shares once. */
export function conceptCounts(edges: GroupEdge[], into: ConceptCounts = new Map(), sign = 1): ConceptCounts {
  for (const e of edges) {
    for (const p of new Set(e.phrases)) {
      if (!isBlockingConcept(p)) continue;
      const n = (into.get(p) ?? 0) + sign;
      if (n > 0) into.set(p, n);
      else into.delete(p);
    }
  }
  return into;
}

/** The one or two specific concepts most links of the group share; else the most common title. */
export function labelOf(members: GroupMember[], edges: GroupEdge[]): string {
  return labelFrom(conceptCounts(edges), members);
}

/** The label from concept counts; `members` (or their titles) are needed only when no link shares a specific concept. */
export function labelFrom(concepts: ConceptCounts, members: { title: string }[]): string {
  const top = [...concepts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
  if (top.length) {
    const [first, second] = top;
    return second && second[1] >= Math.max(2, first[1] / 2) ? `${first[0]} · ${second[0]}` : first[0];
  }
  const titles = new Map<string, number>();
  for (const m of members) titles.set(m.title, (titles.get(m.title) ?? 0) + 1);
  return [...titles].sort((x, y) => y[1] - x[1] || x[0].length - y[0].length || x[0].localeCompare(y[0]))[0][0];
}

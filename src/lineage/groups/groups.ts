import { isBlockingConcept } from "../text/lexicon";

/**
 * Lineage groups: topics, "the same task across all plans" at every grain, built
 * from SAME_TASK_AS, COVERS and ELABORATES. Plain connected components chain
 * different tasks together (one bridging link merges two topics), so links are
 * taken best score first and a link joins two groups only when they hold together
 * (`holdTogether`: COHESION and DENSITY): several links between them for groups of
 * several tasks. A link that cannot join stays a link. Each group is labelled with
 * the concepts its links share most (the evidence phrases), falling back to its most
 * common title.
 *
 * `components` is the full computation over a set of members. The store keeps
 * groups up to date incrementally (group-merge.ts): a plan's new links are taken
 * best first and merge groups under the same rule, counting the links stored
 * between the two sides as well as the new ones, so the rule holds everywhere; which
 * of two conflicting links wins can still depend on load order (docs/lineage.md).
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

/**
 * A link joins two groups only if the groups hold together: as many links between
 * them as this share of the smaller group's size (one link for two single tasks,
 * two for a task joining a pair …). A plan's task, its 专栏 box and its sub-items may
 * all be in one group; two topics that one task happens to bridge are not merged.
 * Calibrated on the labelled topics (`npm run lineage:eval`, docs/lineage.md).
 */
export const COHESION = 1;

/**
 * A join also needs links for this share of the pairs the two groups would make, each side
 * counted up to DENSITY_CAP items (a plan is compared with about a dozen others, so a topic's
 * item links to at most about that many of its group). Cohesion alone lets a single item into a
 * group of any size on one link: the payment-method task of each plan gathered the items of
 * every narrower topic its box lists (总额预算, 按病种, DRG), each linked to it once.
 */
export const DENSITY = 0.25;
export const DENSITY_CAP = 12;

/** Whether `links` between two groups of `a` and `b` items are enough for them to join (cohesion and density). */
export function holdTogether(links: number, a: number, b: number, cohesion = COHESION): boolean {
  const pairs = Math.min(a, DENSITY_CAP) * Math.min(b, DENSITY_CAP);
  return links >= Math.max(1, Math.ceil(cohesion * Math.min(a, b)), Math.ceil(DENSITY * pairs));
}

/**
 * `compatible`: whether two items of one plan may share a group (plan-lines.ts); two groups
 * that would hold two items of one plan that state different tasks are not joined.
 */
export function components(members: GroupMember[], edges: GroupEdge[], cohesion = COHESION, compatible?: (a: string, b: string) => boolean): Group[] {
  const planOf = new Map(members.map((m) => [m.id, m.planId]));
  const membersOf = new Map(members.map((m) => [m.id, [m.id]]));
  const fits = (x: string, y: string) => {
    if (!compatible) return true;
    for (const a of membersOf.get(x)!) for (const b of membersOf.get(y)!) if (planOf.get(a) === planOf.get(b) && !compatible(a, b)) return false;
    return true;
  };
  const known = new Set(members.map((m) => m.id));
  const parent = new Map(members.map((m) => [m.id, m.id]));
  const size = new Map(members.map((m) => [m.id, 1]));
  /** Links between the groups of two roots. */
  const between: LinkCounts = new Map();
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
  const usable = edges.filter((e) => known.has(e.a) && known.has(e.b) && e.a !== e.b);
  for (const e of usable) addLink(between, e.a, e.b, 1);
  for (const e of byStrength(usable)) {
    const [ra, rb] = [find(e.a), find(e.b)];
    if (ra === rb) continue;
    // Every root has its map in `between`: it is an end of a usable link, or a group that absorbed one.
    if (!holdTogether(between.get(ra)!.get(rb) ?? 0, size.get(ra)!, size.get(rb)!, cohesion)) continue;
    if (!fits(ra, rb)) continue;
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    parent.set(child, root);
    membersOf.get(root)!.push(...membersOf.get(child)!);
    size.set(root, size.get(root)! + size.get(child)!);
    joinCounts(between, root, child);
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
    // Every link inside the group names its concepts, also one refused before other links joined its two ends.
    const concepts = conceptCounts(usable.filter((e) => ids.has(e.a) && ids.has(e.b)));
    const taskIds = [...ids].sort();
    groups.push({ id: `LineageGroup:${taskIds[0].replace(/^Task:/, "")}`, label: labelFrom(concepts, ms), taskIds, planIds: [...new Set(ms.map((m) => m.planId))].sort(), concepts });
  }
  return groups.sort((a, b) => a.id.localeCompare(b.id));
}

/** Links between parts, by root, kept both ways (x → y and y → x). */
export type LinkCounts = Map<string, Map<string, number>>;

/** Adds `n` links between `x` and `y`, both ways. */
export function addLink(counts: LinkCounts, x: string, y: string, n: number): void {
  for (const [from, to] of [
    [x, y],
    [y, x],
  ]) {
    if (!counts.has(from)) counts.set(from, new Map());
    counts.get(from)!.set(to, (counts.get(from)!.get(to) ?? 0) + n);
  }
}

/** `child` joins `root`: its links to every other part become `root`'s. Both are roots of a link's ends, so each has its map. */
export function joinCounts(counts: LinkCounts, root: string, child: string): void {
  for (const [other, n] of counts.get(child)!) {
    if (other === root) continue;
    addLink(counts, root, other, n);
    counts.get(other)!.delete(child);
  }
  counts.get(root)!.delete(child);
  counts.delete(child);
}

/** Best score first; ties in a fixed order, so the same links always give the same groups. */
export function byStrength<E extends GroupEdge>(edges: E[]): E[] {
  return [...edges].sort((x, y) => y.score - x.score || pairKey(x).localeCompare(pairKey(y)));
}

/** A link's two ends in one order: the same key whichever way the link points. */
export const pairKey = (e: { a: string; b: string }) => (e.a < e.b ? `${e.a} ${e.b}` : `${e.b} ${e.a}`);

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

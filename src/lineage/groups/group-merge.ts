import { addLink, byStrength, COHESION, ConceptCounts, conceptCounts, DENSITY_CAP, GroupEdge, holdTogether, joinCounts, LinkCounts, pairKey } from "./groups";
import { onOneLine, TaskLine } from "./plan-lines";

/** A task as the merge sees it: its stored group, or none (a loose task). */
export interface TaskPlace {
  id: string;
  planId: string;
  title: string;
  group: StoredGroup | null;
  /** Where it stands in its plan (plan-lines.ts); none: on its own line. */
  line?: TaskLine;
}

/** Reads the members of stored groups with their lines: all of them, or those of the given plans. */
export type GroupLines = (groupIds: string[], planIds: string[] | null) => Promise<TaskLine[]>;

/** Stored groups and loose tasks, as a read names them. */
export interface PartIds {
  groupIds: string[];
  taskIds: string[];
}

/** A group-forming link as stored, with the group of each end (none: a loose task). */
export interface StoredLink {
  /** The relationship's element id: a link read from both ends counts once. */
  rel: string;
  a: string;
  aGroup: string | null;
  b: string;
  bGroup: string | null;
}

/** Reads the group-forming links stored from the members of `from` to the members of `to`. */
export type StoredLinks = (from: PartIds, to: PartIds) => Promise<StoredLink[]>;

/**
 * Stored links are read only from parts of at most this many items. Two parts both larger
 * would need at least this many links between them (cohesion: as many as the smaller has
 * items), which earlier plans' refused links do not reach; reading them would cost the
 * groups' sizes on every plan that bridges them.
 */
export const STORED_READ_CAP = 2 * DENSITY_CAP;

export interface StoredGroup {
  id: string;
  size: number;
  planCount: number;
  concepts: ConceptCounts;
}

/** Stored groups and loose tasks joined into one group by this merge. */
export interface Merged {
  /** The largest stored group's id (its members stay put), or a new id from the smallest loose task. */
  id: string;
  /** Stored groups whose members move to `id`; each is then deleted. */
  absorbed: string[];
  looseTaskIds: string[];
  loosePlanIds: string[];
  size: number;
  planCount: number;
  concepts: ConceptCounts;
}

interface Part {
  groups: StoredGroup[];
  loose: TaskPlace[];
  size: number;
}

/**
 * Adds links to stored groups under the rule of groups.ts: links best first, each
 * joins its two sides when they hold together (`holdTogether`) by the links between
 * them, this batch's and, read through `storedLinks`, those earlier plans left there
 * (a join they were too few for). Counting those as the computation over all links
 * does keeps the groups from following the order plans come in. The larger stored
 * group keeps its id, and a read of links starts from the smaller side's members, so
 * a merge costs the smaller side, and a task added to a big group costs a lookup,
 * not the group. `counted` holds the stored groups whose concept counts already
 * include these links (just recomputed from their members). Returns the merges, and
 * the stored groups that merged with nothing but gained concept counts (their label
 * may change).
 */
export async function mergeLinks(
  places: Map<string, TaskPlace>,
  links: GroupEdge[],
  counted: Set<string> = new Set(),
  cohesion = COHESION,
  groupLines?: GroupLines,
  storedLinks?: StoredLinks,
): Promise<{ merged: Merged[]; recounted: Set<StoredGroup> }> {
  const parent = new Map<string, string>();
  const parts = new Map<string, Part>();
  const keyOf = (t: TaskPlace) => t.group?.id ?? t.id;
  for (const t of places.values()) {
    const k = keyOf(t);
    if (parts.has(k)) continue;
    parent.set(k, k);
    parts.set(k, t.group ? { groups: [t.group], loose: [], size: t.group.size } : { groups: [], loose: [t], size: 1 });
  }
  const find = (x: string): string => {
    while (parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  /** The batch's links between parts, by root, both ways; a join moves the child's counts to the root (as in groups.ts). */
  const batch: LinkCounts = new Map();
  for (const e of links) {
    const [ta, tb] = [places.get(e.a), places.get(e.b)];
    if (!ta || !tb || keyOf(ta) === keyOf(tb)) continue;
    addLink(batch, keyOf(ta), keyOf(tb), 1);
  }
  const between = (x: string, y: string): number => batch.get(x)!.get(y) ?? 0;
  const earlier: LinkCounts = storedLinks ? await earlierLinks(places, parts, links, keyOf, storedLinks) : new Map();
  /** The parts (as they stood before this batch) each root is made of. */
  const madeOf = new Map([...parts.keys()].map((k) => [k, [k]]));
  const storedBetween = (x: string, y: string): number => {
    let n = 0;
    for (const i of madeOf.get(x)!) for (const j of madeOf.get(y)!) n += earlier.get(i)?.get(j) ?? 0;
    return n;
  };
  const holdsTogether = (x: string, y: string): boolean => holdTogether(between(x, y) + storedBetween(x, y), parts.get(x)!.size, parts.get(y)!.size, cohesion);
  const lineOfPlace = (t: TaskPlace): TaskLine => t.line ?? { id: t.id, planId: t.planId, line: [t.id], anchors: [] };
  /**
   * Whether two parts hold no two items of one plan that state different tasks (plan-lines.ts). Reads
   * every member of the smaller part's stored groups, and of the larger part's only those of the
   * smaller part's plans: a check costs the smaller side, like the merge.
   */
  const onLines = async (x: Part, y: Part): Promise<boolean> => {
    if (!groupLines) return true;
    const [small, large] = x.size <= y.size ? [x, y] : [y, x];
    const mine = [...small.loose.map(lineOfPlace), ...(small.groups.length ? await groupLines(small.groups.map((g) => g.id), null) : [])];
    const plans = [...new Set(mine.map((t) => t.planId))];
    const theirs = [...large.loose.map(lineOfPlace).filter((t) => plans.includes(t.planId)), ...(large.groups.length ? await groupLines(large.groups.map((g) => g.id), plans) : [])];
    return mine.every((a) => theirs.every((b) => onOneLine(a, b)));
  };
  const joined = new Set<string>();
  for (const e of byStrength(links)) {
    const ta = places.get(e.a);
    const tb = places.get(e.b);
    if (!ta || !tb) continue;
    const [ra, rb] = [find(keyOf(ta)), find(keyOf(tb))];
    if (ra === rb) continue;
    const [pa, pb] = [parts.get(ra)!, parts.get(rb)!];
    if (!holdsTogether(ra, rb) || !(await onLines(pa, pb))) continue;
    const [root, child] = pa.size >= pb.size ? [ra, rb] : [rb, ra];
    parent.set(child, root);
    const [r, c] = [parts.get(root)!, parts.get(child)!];
    parts.set(root, { groups: [...r.groups, ...c.groups], loose: [...r.loose, ...c.loose], size: r.size + c.size });
    joined.add(root);
    madeOf.get(root)!.push(...madeOf.get(child)!);
    joinCounts(batch, root, child);
  }
  const out = new Map<string, Merged>();
  for (const root of joined) {
    if (find(root) !== root) continue;
    const p = parts.get(root)!;
    const groups = [...p.groups].sort((x, y) => y.size - x.size || x.id.localeCompare(y.id));
    const concepts: ConceptCounts = new Map();
    for (const g of groups) for (const [k, n] of g.concepts) concepts.set(k, (concepts.get(k) ?? 0) + n);
    const looseTaskIds = p.loose.map((t) => t.id).sort();
    out.set(root, {
      id: groups[0]?.id ?? `LineageGroup:${looseTaskIds[0].replace(/^Task:/, "")}`,
      absorbed: groups.slice(1).map((g) => g.id),
      looseTaskIds,
      loosePlanIds: [...new Set(p.loose.map((t) => t.planId))].sort(),
      size: p.size,
      // The groups may share plans now: the store counts the plans a merged group spans.
      planCount: 0,
      concepts,
    });
  }
  // Links inside one group name its concepts; a group recomputed from its members has counted its own already.
  const recounted = new Set<StoredGroup>();
  for (const e of links) {
    const ta = places.get(e.a);
    const tb = places.get(e.b);
    if (!ta || !tb) continue;
    const root = find(keyOf(ta));
    if (root !== find(keyOf(tb))) continue;
    if (ta.group && ta.group.id === tb.group?.id && counted.has(ta.group.id)) continue;
    const m = out.get(root);
    if (m) conceptCounts([e], m.concepts);
    else if (ta.group) {
      conceptCounts([e], ta.group.concepts);
      recounted.add(ta.group);
    }
  }
  return { merged: [...out.values()], recounted };
}

/**
 * The links earlier plans stored between the parts this batch bridges, counted by pair of
 * parts (as they stood before the batch; a merged part sums its constituents'). One read:
 * from the smaller side of each bridged pair, up to STORED_READ_CAP items, to every part the
 * batch touches. The batch's own links are left out (they are counted as the batch).
 */
async function earlierLinks(
  places: Map<string, TaskPlace>,
  parts: Map<string, Part>,
  links: GroupEdge[],
  keyOf: (t: TaskPlace) => string,
  storedLinks: StoredLinks,
): Promise<LinkCounts> {
  const counts: LinkCounts = new Map();
  const involved = new Set<string>();
  const read = new Set<string>();
  for (const e of links) {
    const [ta, tb] = [places.get(e.a), places.get(e.b)];
    if (!ta || !tb) continue;
    const [ka, kb] = [keyOf(ta), keyOf(tb)];
    if (ka === kb) continue;
    involved.add(ka).add(kb);
    const [sa, sb] = [parts.get(ka)!.size, parts.get(kb)!.size];
    const small = sa < sb || (sa === sb && ka < kb) ? ka : kb;
    if (Math.min(sa, sb) <= STORED_READ_CAP) read.add(small);
  }
  if (!read.size) return counts;
  const ids = (keys: Iterable<string>): PartIds => {
    const ps = [...keys].map((k) => parts.get(k)!);
    return { groupIds: ps.flatMap((p) => p.groups.map((g) => g.id)), taskIds: ps.flatMap((p) => p.loose.map((t) => t.id)) };
  };
  const inBatch = new Set(links.map(pairKey));
  const partOf = (task: string, group: string | null) => (group && parts.has(group) ? group : parts.has(task) ? task : undefined);
  const seen = new Set<string>();
  for (const l of await storedLinks(ids(read), ids(involved))) {
    if (seen.has(l.rel) || inBatch.has(pairKey(l))) continue;
    seen.add(l.rel);
    const [x, y] = [partOf(l.a, l.aGroup), partOf(l.b, l.bGroup)];
    if (!x || !y || x === y) continue;
    addLink(counts, x, y, 1);
  }
  return counts;
}

import * as fs from "fs";
import * as path from "path";

/**
 * The hand-labelled topics of the five seeds (test/fixtures/lineage-topics.json):
 * each topic a policy task that recurs across plans, with every item of every kind
 * that is about it (`full`: wholly; `partial`: one part of a broader item), and hard
 * negatives (same words, different task). What lineage is judged against at every
 * granularity: task, sub-task, section, 专栏 box, box item.
 */
export interface TopicFile {
  topics: { id: string; label: string; members: { item: string; membership: "full" | "partial" }[] }[];
  hardNegatives: { a: string; b: string; reason: string }[];
}

export interface TopicTruth {
  /** Task id → its topics, with membership. */
  topicsOf: Map<string, Map<string, "full" | "partial">>;
  /** Cross-plan pairs of two full members of one topic: what lineage should link directly. */
  truePairs: Set<string>;
  hardNegatives: Set<string>;
  kindOf: Map<string, string>;
  planOf: Map<string, string>;
}

export const pairKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);

/** `003:3/5/1` → the task id of the seed that starts with 003. */
export function loadTopics(projectRoot: string, idOf: (ref: string) => { id: string; planId: string; kind: string }): TopicTruth {
  const file = JSON.parse(fs.readFileSync(path.join(projectRoot, "test", "fixtures", "lineage-topics.json"), "utf8")) as TopicFile;
  const topicsOf = new Map<string, Map<string, "full" | "partial">>();
  const kindOf = new Map<string, string>();
  const planOf = new Map<string, string>();
  const resolve = (ref: string) => {
    const r = idOf(ref);
    kindOf.set(r.id, r.kind);
    planOf.set(r.id, r.planId);
    return r.id;
  };
  const truePairs = new Set<string>();
  for (const t of file.topics) {
    const full: string[] = [];
    for (const m of t.members) {
      const id = resolve(m.item);
      if (!topicsOf.has(id)) topicsOf.set(id, new Map());
      // An item both wholly and partly about a topic is wholly about it.
      if (topicsOf.get(id)!.get(t.id) !== "full") topicsOf.get(id)!.set(t.id, m.membership);
      if (m.membership === "full") full.push(id);
    }
    for (let i = 0; i < full.length; i++) for (let j = i + 1; j < full.length; j++) if (planOf.get(full[i]) !== planOf.get(full[j])) truePairs.add(pairKey(full[i], full[j]));
  }
  const hardNegatives = new Set(file.hardNegatives.map((n) => pairKey(resolve(n.a), resolve(n.b))));
  return { topicsOf, truePairs, hardNegatives, kindOf, planOf };
}

/** Whether two labelled items share a topic (any membership); undefined when either is unlabelled (not judged). */
export function sameTopic(truth: TopicTruth, a: string, b: string): boolean | undefined {
  if (truth.hardNegatives.has(pairKey(a, b))) return false;
  const ta = truth.topicsOf.get(a);
  const tb = truth.topicsOf.get(b);
  if (!ta || !tb) return undefined;
  for (const t of ta.keys()) if (tb.has(t)) return true;
  return false;
}

/** The granularity of a pair, as the table reads it: task ↔ task, 专栏 box ↔ task, section ↔ task, sub-task ↔ task … */
export function kindPair(truth: TopicTruth, a: string, b: string): string {
  const g = (k: string) => (k === "COLUMN" ? "box" : k === "SECTION" || k === "CHAPTER" ? "section" : k === "SUBTASK" ? "sub-task" : k === "COLUMN_ITEM" ? "box item" : "task");
  return [g(truth.kindOf.get(a)!), g(truth.kindOf.get(b)!)].sort().join(" ↔ ");
}

export interface LinkScore {
  links: number;
  judged: number;
  correct: number;
  precision: number;
  /** Of the true pairs, those linked directly. */
  found: number;
  truePairs: number;
  recall: number;
  hardNegativesLinked: number;
}

export function scoreLinks(truth: TopicTruth, links: { a: string; b: string }[], restrict?: (pair: string) => boolean): LinkScore {
  let judged = 0;
  let correct = 0;
  let hard = 0;
  const linked = new Set<string>();
  for (const l of links) {
    const k = pairKey(l.a, l.b);
    if (restrict && !restrict(k)) continue;
    linked.add(k);
    const s = sameTopic(truth, l.a, l.b);
    if (truth.hardNegatives.has(k)) hard++;
    if (s === undefined) continue;
    judged++;
    if (s) correct++;
  }
  const pairs = [...truth.truePairs].filter((k) => !restrict || restrict(k));
  const found = pairs.filter((k) => linked.has(k)).length;
  return {
    links: linked.size,
    judged,
    correct,
    precision: judged ? correct / judged : 0,
    found,
    truePairs: pairs.length,
    recall: pairs.length ? found / pairs.length : 0,
    hardNegativesLinked: hard,
  };
}

export interface GroupScore {
  pairsInGroups: number;
  judged: number;
  correct: number;
  precision: number;
  found: number;
  truePairs: number;
  recall: number;
}

/** Pairs inside one group that share a topic (precision); true pairs that end in one group (recall). */
export function scoreGroups(truth: TopicTruth, groups: string[][]): GroupScore {
  let pairs = 0;
  let judged = 0;
  let correct = 0;
  const together = new Set<string>();
  for (const g of groups) {
    for (let i = 0; i < g.length; i++) {
      for (let j = i + 1; j < g.length; j++) {
        if (truth.planOf.get(g[i]) === truth.planOf.get(g[j])) continue;
        pairs++;
        const k = pairKey(g[i], g[j]);
        together.add(k);
        const s = sameTopic(truth, g[i], g[j]);
        if (s === undefined) continue;
        judged++;
        if (s) correct++;
      }
    }
  }
  const found = [...truth.truePairs].filter((k) => together.has(k)).length;
  return {
    pairsInGroups: pairs,
    judged,
    correct,
    precision: judged ? correct / judged : 0,
    found,
    truePairs: truth.truePairs.size,
    recall: truth.truePairs.size ? found / truth.truePairs.size : 0,
  };
}

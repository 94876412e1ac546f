import * as path from "path";
import { evidenceOf } from "../../src/lineage/match/evidence";
import { LINEAGE_PARAMS } from "../../src/lineage/params";
import { sameTaskPair } from "../../src/lineage/match/plan-pair";
import { elaborations } from "../../src/lineage/match/elaborates";
import { loadSeedSet } from "../../bench/lineage/seed-benchmark";

/** One SAME_TASK_AS link as the pure pipeline computes it. */
export interface ExpectedLink {
  a: string;
  b: string;
  score: number;
  /** Number of aligned sentence pairs its evidence quotes. */
  aligned: number;
}

let cached: ExpectedLink[] | undefined;

/**
 * Every SAME_TASK_AS link of the five seed plans, computed without the database: the seeds
 * parsed as the loader parses them, every plan pair scored and matched one-to-one at the
 * configured threshold (sameTaskPair, which orders the pair itself, so the load order does not
 * matter), evidence aligned as the loader aligns it. With five plans every plan is compared
 * with every other (maxPeers is 12). The database tests hold what the API serves against
 * this: the scores themselves are pinned in test/unit/lineage-pins.test.ts.
 */
export function expectedSeedLinks(): ExpectedLink[] {
  if (cached) return cached;
  const set = loadSeedSet(path.join(__dirname, "../.."), LINEAGE_PARAMS.model);
  cached = [];
  for (let i = 0; i < set.plans.length; i++) {
    for (let j = i + 1; j < set.plans.length; j++) {
      const { links, scorer } = sameTaskPair(set.plans[i], set.plans[j], LINEAGE_PARAMS);
      for (const l of links) cached.push({ a: l.a.task.id, b: l.b.task.id, score: l.score, aligned: evidenceOf(l, scorer).aligned.length });
    }
  }
  return cached;
}

/** One task link of any relation the task step writes, as the pure pipeline computes it: `a` is the stored start. */
export interface ExpectedTaskLink {
  relation: "SAME_TASK_AS" | "COVERS" | "ELABORATES";
  a: string;
  b: string;
  /** Number of aligned sentence pairs its evidence quotes. */
  aligned: number;
  /** The kinds of `a` and `b` (TASK, SECTION, COLUMN …), for the filters by the kind of an end. */
  kinds: [string, string];
}

let cachedAll: ExpectedTaskLink[] | undefined;

/**
 * Every task link of the five seed plans: SAME_TASK_AS (expectedSeedLinks), COVERS from the
 * container (project covers included) and each plan's ELABORATES from the box, computed
 * without the database as the task step computes them.
 */
export function expectedSeedTaskLinks(): ExpectedTaskLink[] {
  if (cachedAll) return cachedAll;
  const set = loadSeedSet(path.join(__dirname, "../.."), LINEAGE_PARAMS.model);
  const kindOf = new Map(set.plans.flatMap((p) => p.tasks.map((t) => [t.task.id, t.task.kind] as const)));
  const kinds = (a: string, b: string): [string, string] => [kindOf.get(a)!, kindOf.get(b)!];
  cachedAll = expectedSeedLinks().map((l) => ({ relation: "SAME_TASK_AS" as const, a: l.a, b: l.b, aligned: l.aligned, kinds: kinds(l.a, l.b) }));
  for (let i = 0; i < set.plans.length; i++) {
    for (let j = i + 1; j < set.plans.length; j++) {
      const { covers, scorer } = sameTaskPair(set.plans[i], set.plans[j], LINEAGE_PARAMS);
      for (const c of covers) cachedAll.push({ relation: "COVERS", a: c.a.task.id, b: c.b.task.id, aligned: evidenceOf(c, scorer).aligned.length, kinds: kinds(c.a.task.id, c.b.task.id) });
    }
    for (const e of elaborations(set.plans[i].tasks, LINEAGE_PARAMS.model)) cachedAll.push({ relation: "ELABORATES", a: e.box.task.id, b: e.task.task.id, aligned: e.evidence.aligned.length, kinds: kinds(e.box.task.id, e.task.task.id) });
  }
  return cachedAll;
}

/** The links with a task of `planId` at either end. */
export const linksOfPlan = <L extends { a: string; b: string }>(links: L[], planId: string): L[] => {
  const prefix = `Task:${planId.slice("Plan:".length)}:`;
  return links.filter((l) => l.a.startsWith(prefix) || l.b.startsWith(prefix));
};

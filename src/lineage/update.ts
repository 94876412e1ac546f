import * as path from "path";
import { CypherLibrary } from "../cypher";
import { collect, Database, Row } from "../db";
import { groupStep } from "./groups/group-step";
import { LINEAGE_PARAMS, LINEAGE_VERSION, LineageParams } from "./params";
import { planStep } from "./plans/plan-step";
import type { Step } from "./write/step";
import { taskStep } from "./write/task-step";

/** A loaded document whose lineage may need recomputing; `text` (the decoded document) feeds the implicit-basis rule. */
export interface LineageInput {
  planId: string;
  text: string;
}

export interface LineageOutcome {
  planId: string;
  outcome: "current" | "recomputed" | "not-loaded";
  planLinks?: number;
  sameTask?: number;
  covers?: number;
  elaborates?: number;
  implementsLinks?: number;
  groups?: number;
  comparedWith?: number;
}

/**
 * Brings lineage up to date after documents were loaded. A plan is recomputed when
 * its lineage is not current for its content (the loader resets a reloaded plan,
 * a failed earlier run leaves it stale) or with `force`; only links touching that
 * plan are recomputed. Each plan's recomputation is ONE write transaction, so a
 * failure leaves that plan's lineage exactly as it was (and stale: the next run
 * redoes it). Loaded documents are never rolled back by a lineage failure.
 */
export async function updateLineage(
  db: Database,
  inputs: LineageInput[],
  opts: {
    projectRoot: string;
    params?: LineageParams;
    force?: boolean;
    progress?: (msg: string) => void;
    /** A test hook: fail after this statement (e.g. `create-same-task`), to prove the transaction rolls back whole. */
    failAfter?: string;
  },
): Promise<LineageOutcome[]> {
  const q = CypherLibrary.cached(path.join(opts.projectRoot, "cypher", "load"));
  const params = opts.params ?? LINEAGE_PARAMS;
  const states = new Map((await db.read("lineage/plan-state", q.get("lineage/plan-state"), { ids: inputs.map((i) => i.planId) })).map((r) => [r.id as string, r]));
  // Plan pairs compared earlier in this run: not compared twice, and their links kept.
  const compared = new Map<string, Set<string>>();
  const outcomes: LineageOutcome[] = [];
  for (const input of inputs) {
    const state = states.get(input.planId);
    if (!state?.loaded) {
      outcomes.push({ planId: input.planId, outcome: "not-loaded" });
      continue;
    }
    const lineageKey = `${state.contentHash}:${LINEAGE_VERSION}`;
    if (!opts.force && state.lineageKey === lineageKey) {
      outcomes.push({ planId: input.planId, outcome: "current" });
      continue;
    }
    const skip = compared.get(input.planId) ?? new Set<string>();
    opts.progress?.(`lineage of ${input.planId}: recomputing`);
    const result = await db.writeTransaction(async (tx) => {
      const run: Step = async (name: string, p: Row) => {
        opts.progress?.(`  lineage/${name}`);
        const rows = await collect(tx, q.get(`lineage/${name}`), p);
        if (opts.failAfter === name) throw new Error(`lineage of ${input.planId} failed on purpose after ${name}`);
        return rows;
      };
      const planLinks = await planStep(run, { id: input.planId, title: state.title as string, text: input.text });
      const { sameTaskChange, ...tasks } = await taskStep(run, input.planId, params, skip);
      const taskIds = (await run("plan-tasks", { planIds: [input.planId] })).map((r) => (r.task as Row).id as string);
      const groups = await groupStep(run, input.planId, taskIds, sameTaskChange);
      await run("mark-plan", { planId: input.planId, lineageKey });
      // Lineage changes what the API answers: a new graph version, committed with the links.
      await collect(tx, q.get("bump-graph-version"), {});
      return { planLinks, groups, ...tasks };
    });
    for (const other of result.comparedWith) {
      if (!compared.has(other)) compared.set(other, new Set());
      compared.get(other)!.add(input.planId);
    }
    outcomes.push({
      planId: input.planId,
      outcome: "recomputed",
      planLinks: result.planLinks,
      sameTask: result.sameTask,
      covers: result.covers,
      elaborates: result.elaborates,
      implementsLinks: result.implementsLinks,
      groups: result.groups,
      comparedWith: result.comparedWith.length,
    });
  }
  return outcomes;
}

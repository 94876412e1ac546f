import type { Row } from "../../db";
import { elaborations } from "../match/elaborates";
import { coversRow, elaboratesRow, implementsRow, LinkRow, sameTaskRow, SortKeys } from "./link-rows";
import type { LineageParams } from "../params";
import { choosePeers, PlanPlace } from "./peers";
import { implementsPair, PlanTasks, sameTaskPair } from "../match/plan-pair";
import type { SameTaskChange } from "../groups/group-step";
import type { GroupEdge } from "../groups/groups";
import type { Step } from "./step";
import { planLines } from "../groups/plan-lines";
import { LineageTask, prepareTasks } from "../text/task-text";

interface RelatedPlan {
  id: string;
  method: string;
  evidence: string[];
}

export interface TaskStepResult {
  comparedWith: string[];
  sameTask: number;
  covers: number;
  elaborates: number;
  implementsLinks: number;
  /** What groups are built from: the group-forming links (SAME_TASK_AS, a box's COVERS, ELABORATES) this step deleted and created (a pair can be both). */
  sameTaskChange: SameTaskChange;
}

/**
 * Recomputes the task links of one plan: SAME_TASK_AS and COVERS with every
 * comparison plan, ELABORATES within the plan (its boxes and the tasks they detail),
 * IMPLEMENTS towards the loaded plans it implements and from the loaded plans that
 * implement it. Plans in `skip` were compared with this one earlier in the same
 * run: their links stay and they are not compared again.
 */
export async function taskStep(run: Step, planId: string, params: LineageParams, skip: Set<string>): Promise<TaskStepResult> {
  const [rel] = await run("related-plans", { planId });
  const upstream = (rel.upstream as RelatedPlan[]).filter((p) => !skip.has(p.id));
  const downstream = (rel.downstream as RelatedPlan[]).filter((p) => !skip.has(p.id));
  const places = (await run("plan-places", {})) as unknown as PlanPlace[];
  const me = places.find((p) => p.id === planId) ?? { id: planId, regionId: null, parentRegionId: null };
  const related = new Set([...upstream, ...downstream].map((p) => p.id));
  const others = places.filter((p) => !skip.has(p.id));
  const comparedWith = choosePeers(me, others, related, params.maxPeers);

  const rows = await run("plan-tasks", { planIds: [planId, ...comparedWith] });
  const sortKeys: SortKeys = new Map();
  const byPlan = new Map<string, LineageTask[]>([[planId, []], ...comparedWith.map((id) => [id, []] as [string, LineageTask[]])]);
  for (const r of rows) {
    const t = r.task as LineageTask & { sortKey: string };
    sortKeys.set(t.id, t.sortKey);
    byPlan.get(t.planId)?.push(t);
  }
  const plans = new Map<string, PlanTasks>([...byPlan].map(([id, ts]) => [id, { planId: id, tasks: prepareTasks(ts) }]));
  const mine = plans.get(planId)!;

  const same: LinkRow[] = [];
  const covers: LinkRow[] = [];
  const impl: LinkRow[] = [];
  for (const id of comparedWith) {
    const r = sameTaskPair(mine, plans.get(id)!, params);
    same.push(...r.links.map((c) => sameTaskRow(c, r.scorer, sortKeys)));
    covers.push(...r.covers.map((c) => coversRow(c, r.scorer, sortKeys)));
  }
  const elaborated = elaborations(mine.tasks, params.model);
  const elaborates = elaborated.map((e) => elaboratesRow(e, sortKeys));
  for (const up of upstream) {
    const r = implementsPair(mine, plans.get(up.id)!, params);
    impl.push(...r.links.map((c) => implementsRow(c, r.scorer, sortKeys, basisOf(up))));
  }
  for (const down of downstream) {
    const r = implementsPair(plans.get(down.id)!, mine, params);
    impl.push(...r.links.map((c) => implementsRow(c, r.scorer, sortKeys, basisOf(down))));
  }
  // Each compared plan's lines too: a merge may join two of its items before its own lineage is computed.
  const lines = [...plans.values()].flatMap((p) => planLines(p.tasks, new Map((p === mine ? elaborated : elaborations(p.tasks, params.model)).map((e) => [e.box.task.id, e.task.task.id]))));
  await run("set-task-lines", { lines: lines.map(({ id, line, anchors }) => ({ id, line, anchors })) });
  const [{ deleted }] = await run("delete-task-links", { planId, keep: [...skip] });
  await run("create-same-task", { links: same as unknown as Row[] });
  await run("create-covers", { links: covers as unknown as Row[] });
  await run("create-elaborates", { links: elaborates as unknown as Row[] });
  await run("create-task-implements", { links: impl as unknown as Row[] });
  // What groups are made of: the same task, a box and its task, a box covering a task of another plan.
  const grouping = [...same, ...covers.filter((l) => l.props.grouping), ...elaborates];
  const created = grouping.map((l) => ({ a: l.fromId, b: l.toId, score: l.props.score as number, phrases: (l.props.phrases as string[] | undefined) ?? [] }));
  return { comparedWith, sameTask: same.length, covers: covers.length, elaborates: elaborates.length, implementsLinks: impl.length, sameTaskChange: { deleted: deleted as GroupEdge[], created } };
}

/** The plan-level link a task IMPLEMENTS rests on, as evidence lines. */
function basisOf(link: RelatedPlan): string[] {
  return [`plan ${link.method}`, ...link.evidence.slice(0, 2)];
}

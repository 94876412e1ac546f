import type { PreparedTask } from "../text/task-text";

/**
 * Where an item stands in its plan's outline, as groups read it. A plan states each of
 * its tasks once, in one place: the task, the sections that hold it, its sub-items, the
 * 专栏 box that details it (ELABORATES) and the box's items all state that one task at
 * other widths. Two items of one plan on no common line (sibling tasks, tasks of two
 * chapters) are two tasks, so a group that would hold both joins two topics, whatever
 * links bridge them.
 *
 * Stored on each task (`lineageLine`, `lineageAnchors`) so that a group merge can check
 * it without reading the plan.
 */
export interface TaskLine {
  id: string;
  planId: string;
  /** The item itself, its ancestors and, for a box among them, the task the box elaborates and that task's ancestors. */
  line: string[];
  /** The tasks, sub-tasks and 专栏 boxes on its line: two items whose lines meet at one both detail it. */
  anchors: string[];
}

/**
 * Where two lines may meet and the items still state one task: a task or sub-task (its
 * sub-items detail it), and a 专栏 box, whose items are the projects of one theme whether or
 * not the box names the task it details (ELABORATES). That only allows them one group; the
 * links between them decide (groups.ts, cohesion and density). A section or chapter holds
 * several tasks: two items that meet only there are two tasks.
 */
const isAnchorKind = (kind: string) => kind === "TASK" || kind === "SUBTASK" || kind === "COLUMN";

/** The line of every item of one plan; `elaborated`: box id → the task it ELABORATES. */
export function planLines(tasks: PreparedTask[], elaborated: Map<string, string>): TaskLine[] {
  const byId = new Map(tasks.map((t) => [t.task.id, t]));
  return tasks.map((t) => {
    const line = new Set<string>();
    const climb = (from: string | null | undefined) => {
      for (let p = from; p && byId.has(p) && !line.has(p); p = byId.get(p)!.task.parentId) {
        line.add(p);
        const task = elaborated.get(p);
        if (task) climb(task);
      }
    };
    climb(t.task.id);
    return { id: t.task.id, planId: t.task.planId, line: [...line], anchors: [...line].filter((id) => isAnchorKind(byId.get(id)!.task.kind)) };
  });
}

/** Whether two items may share a group: of two plans, always; of one plan, when they state one task. */
export function onOneLine(a: TaskLine, b: TaskLine): boolean {
  if (a.planId !== b.planId) return true;
  if (a.line.includes(b.id) || b.line.includes(a.id)) return true;
  return a.anchors.some((x) => b.anchors.includes(x));
}

/** A task whose line is not stored yet (its plan's lineage not computed by this version) is on its own line. */
export function lineOf(row: { id: string; planId: string; line?: string[] | null; anchors?: string[] | null }): TaskLine {
  return { id: row.id, planId: row.planId, line: row.line ?? [row.id], anchors: row.anchors ?? [] };
}

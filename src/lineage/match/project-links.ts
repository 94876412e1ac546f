import type { Elaboration } from "./elaborates";
import { conceptsIn, isBlockingConcept } from "../text/lexicon";
import type { Candidate, PairLinks } from "./matcher";
import type { PreparedTask } from "../text/task-text";
import { cleanText } from "../text/tokenize";

/**
 * A plan's 专栏 projects: each box, the steps it lists (task-text.ts `projectBox`), the
 * task of its plan it details (ELABORATES) and its subject (the specific concepts of its title).
 */
export interface Projects {
  steps: Map<string, PreparedTask[]>;
  taskOf: Map<string, string>;
  subject: Map<string, string[]>;
  /** Boxes every item of which is a step: one project. */
  whole: Set<string>;
  /** Every box that ELABORATES a task, by id, with the specific concepts of its title. */
  boxes: Map<string, { box: PreparedTask; subject: string[] }>;
}

export function projectsOf(tasks: PreparedTask[], elaborations: Elaboration[]): Projects {
  const steps = new Map<string, PreparedTask[]>();
  for (const t of tasks) {
    if (!t.projectBox) continue;
    if (!steps.has(t.projectBox)) steps.set(t.projectBox, []);
    steps.get(t.projectBox)!.push(t);
  }
  const subject = new Map(tasks.filter((t) => steps.has(t.task.id)).map((t) => [t.task.id, conceptsIn(cleanText(t.task.title)).filter(isBlockingConcept)]));
  const items = new Map<string, number>();
  for (const t of tasks) if (t.task.kind === "COLUMN_ITEM" && t.task.parentId) items.set(t.task.parentId, (items.get(t.task.parentId) ?? 0) + 1);
  const whole = new Set([...steps].filter(([box, s]) => s.length === items.get(box)).map(([box]) => box));
  const boxes = new Map(elaborations.map((e) => [e.box.task.id, { box: e.box, subject: conceptsIn(cleanText(e.box.task.title)).filter(isBlockingConcept) }]));
  return { steps, taskOf: new Map(elaborations.map((e) => [e.box.task.id, e.task.task.id])), subject, whole, boxes };
}

/** A statement of a whole task: a task, a sub-task, or a section with text and nothing under it. */
const isTaskGrain = (t: PreparedTask) => t.cls === "item" && (t.task.kind === "TASK" || t.task.kind === "SUBTASK" || t.task.kind === "SECTION");

/**
 * COVERS through a box's project, and from a box through the task it details. A step of a 专栏 project (专栏7's 建立全省统一的失能等级评估人员库)
 * says little on its own: it is a part of the project its box names. So what the other plan
 * states as that project covers each step: a task the box covers (持续推进国家长期护理保险制度试点
 * covers the steps of 四川's 长期护理保险失能等级评定项目), a box that is the same project, or a
 * task SAME_TASK_AS the task the box details, when it names the box's subject (a box details
 * a part of its task: the DRG box of 完善多元复合医保支付方式 is DRG, not every payment method).
 * Scored as the link it rests on.
 */
export function projectCovers(links: PairLinks, a: Projects, b: Projects): Candidate[] {
  const out = new Map<string, Candidate>();
  const add = (cover: PreparedTask, step: PreparedTask, base: Candidate) => {
    // Two steps of one project cover each other: one link a pair, whichever side was reached first.
    const key = cover.task.id < step.task.id ? `${cover.task.id} ${step.task.id}` : `${step.task.id} ${cover.task.id}`;
    const had = out.get(key);
    if (!had || had.score < base.score) out.set(key, { ...base, a: cover, b: step });
  };
  for (const [mine, other] of [
    [a, b],
    [b, a],
  ] as const) {
    const boxesOfTask = new Map<string, string[]>();
    for (const [box, task] of mine.taskOf) if (mine.steps.has(box)) boxesOfTask.set(task, [...(boxesOfTask.get(task) ?? []), box]);
    const cover = (box: string, y: PreparedTask, link: Candidate) => {
      for (const step of mine.steps.get(box)!) add(y, step, link);
    };
    const siblings = (box: string, otherBox: string, link: Candidate) => {
      if (!other.steps.has(otherBox) || !mine.whole.has(box) || !other.whole.has(otherBox)) return;
      const [s1, s2] = [mine.subject.get(box)!, other.subject.get(otherBox)!];
      if (s1.length && s2.length && !s1.some((c) => s2.includes(c))) return;
      for (const y of other.steps.get(otherBox)!) for (const step of mine.steps.get(box)!) add(y, step, link);
    };
    const boxesOfOther = new Map<string, string[]>();
    for (const [box, task] of other.taskOf) if (other.steps.has(box)) boxesOfOther.set(task, [...(boxesOfOther.get(task) ?? []), box]);
    for (const l of links.covers) {
      if (mine.steps.has(l.a.task.id) && isTaskGrain(l.b)) cover(l.a.task.id, l.b, l);
    }
    for (const l of links.same) {
      for (const [x, y] of [
        [l.a, l.b],
        [l.b, l.a],
      ]) {
        if (mine.steps.has(x.task.id) && y.task.kind === "COLUMN") {
          const [s1, s2] = [mine.subject.get(x.task.id)!, conceptsIn(cleanText(y.task.title)).filter(isBlockingConcept)];
          if (!s1.length || !s2.length || s1.some((c) => s2.includes(c))) {
            cover(x.task.id, y, l);
            siblings(x.task.id, y.task.id, l);
          }
        }
        if (!isTaskGrain(y)) continue;
        for (const box of boxesOfTask.get(x.task.id) ?? []) for (const ob of boxesOfOther.get(y.task.id) ?? []) siblings(box, ob, l);
        for (const box of boxesOfTask.get(x.task.id) ?? []) {
          const subject = mine.subject.get(box)!;
          if (subject.some((c) => y.concepts.includes(c))) cover(box, y, l);
        }
        // The box shares its task's lineage: what states that task in the other plan is covered by the box
        // too, when it names the box's subject (专栏6 异地就医直接结算推进工程 details 深入推进异地就医结算).
        for (const [boxId, task] of mine.taskOf) {
          if (task !== x.task.id) continue;
          const { box, subject } = mine.boxes.get(boxId)!;
          if (subject.some((c) => y.concepts.includes(c))) add(box, y, l);
        }
      }
    }
  }
  return [...out.values()];
}

import { conceptsIn, CONTAINER_HEADINGS } from "./lexicon";
import { taskSentences, TaskSentence } from "./task-sentences";
import { cleanText, grams } from "./tokenize";
import { isProjectStep } from "./projects";

/** A task as lineage reads it: the graph's Task row (or the loader's row for it, before it is written). */
export interface LineageTask {
  id: string;
  planId: string;
  kind: string;
  path: string;
  title: string;
  text: string;
  parentId?: string | null;
  /** The task's source span (`Task.source`): the exact document text it was read from and its first line; evidence quotes it. */
  sourceText?: string | null;
  sourceLine?: number | null;
}

/**
 * Outline items of two classes are compared only within their class: `group`
 * items (chapters, 专栏 boxes, sections that hold tasks) gather other items;
 * `item`s carry a task's own text. A section with text and nothing under it is a
 * task in all but name (江西's 第四节 完善异地就医直接结算服务), so it is an item.
 * A `container` (a 主要任务 chapter, see CONTAINER_HEADINGS) is never matched.
 */
export type TaskClass = "group" | "item" | "container";

/** A task with everything the scorer reads, computed once per task. */
export interface PreparedTask {
  task: LineageTask;
  cls: TaskClass;
  titleGrams: string[];
  bodyGrams: string[];
  contextGrams: string[];
  concepts: string[];
  /** The sentences of its own text, as compared and as printed: evidence is aligned on these. */
  sentences: TaskSentence[];
  /**
   * The grams of the box's title, for a step of a box's project: compared with its body, but not counted
   * in the pair's idf (a plan's word frequencies are its own text's, not its boxes' titles repeated).
   */
  subjectGrams?: string[];
  /** For a 专栏 item that is a step of its box's one project (projects.ts): the box's id. */
  projectBox?: string;
}

/**
 * Prepares the tasks of one plan. The body is the task's own text plus the
 * titles of the items directly under it (a 专栏 box says little besides its items);
 * the context is the titles of its parent and grandparent sections.
 */
export function prepareTasks(tasks: LineageTask[]): PreparedTask[] {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const children = new Map<string, LineageTask[]>();
  for (const t of tasks) {
    if (!t.parentId) continue;
    if (!children.has(t.parentId)) children.set(t.parentId, []);
    children.get(t.parentId)!.push(t);
  }
  return tasks.map((task) => {
    const kids = children.get(task.id) ?? [];
    const own = cleanText(task.text || task.title);
    const parent = task.parentId ? byId.get(task.parentId) : undefined;
    // A step of a box's project is read with the box's title, its implicit subject: 落实…多渠道筹资机制 in a
    // 长期护理保险 box is long-term-care financing, not financing in general.
    const box = parent && isProjectStep(task, parent) ? parent : undefined;
    const body = [own, ...kids.map((k) => cleanText(k.title))].join("。");
    const context: string[] = [];
    for (let p = task.parentId ? byId.get(task.parentId) : undefined, n = 0; p && n < 2; p = p.parentId ? byId.get(p.parentId) : undefined, n++) {
      context.push(cleanText(p.title));
    }
    return {
      task,
      cls: CONTAINER_HEADINGS.includes(cleanText(task.title)) ? "container" : classOf(task.kind, kids.length > 0),
      titleGrams: grams(cleanText(task.title)),
      bodyGrams: grams(body),
      ...(box ? { subjectGrams: grams(cleanText(box.title)) } : {}),
      contextGrams: grams(context.join("。")),
      concepts: conceptsIn(body),
      sentences: taskSentences(task, own),
      ...(box ? { projectBox: box.id } : {}),
    };
  });
}

export function classOf(kind: string, hasChildren: boolean): TaskClass {
  return hasChildren && (kind === "CHAPTER" || kind === "SECTION" || kind === "COLUMN") ? "group" : "item";
}

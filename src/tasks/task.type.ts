import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { connectionTypes } from "../common/connection";
import { Node } from "../common/node.type";

export enum TaskKind {
  CHAPTER = "CHAPTER",
  SECTION = "SECTION",
  TASK = "TASK",
  SUBTASK = "SUBTASK",
  COLUMN = "COLUMN",
  COLUMN_ITEM = "COLUMN_ITEM",
}
registerEnumType(TaskKind, {
  name: "TaskKind",
  description: "Place in a document's outline.",
  valuesConfig: {
    CHAPTER: { description: "A chapter (第X章, or 一、 in an opinion)." },
    SECTION: { description: "A section (第X节, or (一))." },
    TASK: { description: "A task: a lead-phrase paragraph, a numbered item (1.), or a —— bullet." },
    SUBTASK: { description: "An item inside a task ((1), ①, or 1. under a bullet)." },
    COLUMN: { description: "A boxed project list (专栏)." },
    COLUMN_ITEM: { description: "An item of a 专栏 box." },
  },
});

@ObjectType({ simpleResolvers: true, implements: Node, description: "An item of a plan's outline: chapter, section, task, sub-task, 专栏 box or item." })
export class Task extends Node {
  @Field(() => TaskKind, { description: "Place in the outline." })
  kind!: TaskKind;

  @Field(() => String, { nullable: true, description: "The number as printed: `12` for Tibet's task 12, `三` for chapter 三, `5` for 专栏5." })
  number?: string | null;

  @Field({ description: "Position in the outline, parent first (e.g. `3/2/4`); stable across re-loads." })
  path!: string;

  @Field({ description: "Lead phrase or heading, as printed (traditional stays traditional)." })
  title!: string;

  @Field({ description: "Full text as printed, including any unit clause." })
  text!: string;

  @Field(() => [Int], {
    description: "Deadline and milestone years the text names (2021年底前 → 2021, 到2025年 → 2025), and those of its row in a division-of-labour table.",
  })
  deadlines!: number[];

  @Field(() => String, { nullable: true, description: "When the task is due as printed in a division-of-labour table's time column (2022年底前, 持续推进)." })
  schedule?: string | null;
}

export const { Edge: TaskEdge, Connection: TaskConnection } = connectionTypes(Task, "Task");

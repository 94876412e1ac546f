import type { GraphQLResolveInfo } from "graphql";
import { ConnectionData, decodeCursor, pageSize } from "../common/connection";
import { ConnectionSelection, connectionSelection } from "../common/selection";
import type { Context } from "../context";
import type { Row } from "../db";
import { TaskFilter, taskFilterParams } from "./task.filter";

/** A page of tasks under `parent` (a plan id) or of all plans (null), batched across parents. */
export function taskPage(
  ctx: Context,
  info: GraphQLResolveInfo,
  parent: string | null,
  filter: TaskFilter | undefined,
  first: number | undefined,
  after: string | undefined,
): Promise<ConnectionData> {
  const selected = connectionSelection(info);
  return ctx.loaders.taskPages.load({
    parent,
    limit: pageSize(first, ctx.config.graphql.maxFirst),
    after: decodeCursor("Task", after),
    params: { ...taskFilterParams(filter), ...taskTextParams(selected) },
    page: selected.page,
    total: selected.total,
  });
}

/** Whether a task list query returns `text` and `sourceText` (selected fields only). */
export function taskTextParams(selected: ConnectionSelection): Row {
  return { withText: selected.has("text"), withSourceText: selected.has("source.text") };
}

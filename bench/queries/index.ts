import type { ContractQuery } from "./contract";
import { departmentTasks } from "./department-tasks";
import { indicatorAcrossPlans } from "./indicator-across-plans";
import { planOutline } from "./plan-outline";
import { search } from "./search";
import { tibetTask } from "./tibet-task";

export type { ContractQuery } from "./contract";

/** The contract queries of examples/, each with its peer equivalent and its floor. */
export function contractQueries(projectRoot: string): ContractQuery[] {
  return [planOutline(projectRoot), tibetTask(projectRoot), departmentTasks(projectRoot), indicatorAcrossPlans(projectRoot), search(projectRoot)];
}

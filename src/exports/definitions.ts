import type { Row } from "../db";
import { lineageRow } from "./lineage-row";

/**
 * The bulk exports: one named query each (cypher/queries/export/<name>.cypher) and
 * its columns, in order. Column names are the GraphQL field names; a nested field is
 * flattened by joining its path in camelCase (`plan.id` → `planId`, `source.line` →
 * `sourceLine`, `department.name` → `departmentName`, `leads.totalCount` →
 * `leadsTotalCount`). docs/exports.md documents every column; a test holds the two
 * in step with what the endpoints send.
 *
 * Every query takes `$after` (the cursor key, a list of strings, or null) and
 * `$limit`, and returns `key` (the row's cursor key) and `row` (a map of the columns, or
 * what `mapRow` makes them from), ordered by key: keyset pagination, so pages stay stable while the graph grows.
 */
export interface ExportDefinition {
  name: ExportName;
  query: string;
  /** How many strings the cursor key has (the cursor is refused otherwise). */
  keyParts: number;
  columns: readonly string[];
  /** Turns the query's `row` into the columns, where Cypher alone would not give the API's values. */
  mapRow?: (row: Row) => Row;
  /** The query that reads one department's rows (`?departmentId=&role=&planId=&dueBy=`, src/exports/dossier.ts), where the export takes them. */
  departmentQuery?: string;
}

export type ExportName = "tasks" | "units" | "lineage" | "indicators" | "departments";

const SOURCE = ["sourceFile", "sourceLine", "sourceEndLine", "sourceStartOffset", "sourceEndOffset", "sourcePage", "sourceText"] as const;

export const EXPORTS: Record<ExportName, ExportDefinition> = {
  tasks: {
    name: "tasks",
    query: "export/tasks",
    departmentQuery: "export/department-tasks",
    keyParts: 1,
    columns: ["id", "planId", "parentId", "kind", "number", "path", "title", "text", "deadlines", "schedule", ...SOURCE],
  },
  units: {
    name: "units",
    query: "export/units",
    keyParts: 2,
    columns: [
      "taskId",
      "planId",
      "relation",
      "departmentId",
      "departmentName",
      "departmentType",
      "printedName",
      "roleText",
      "convention",
      "phrase",
      ...SOURCE,
    ],
  },
  lineage: {
    name: "lineage",
    query: "export/lineage",
    keyParts: 1,
    columns: [
      "relation",
      "direction",
      "level",
      "fromId",
      "fromPlanId",
      "toId",
      "toPlanId",
      "score",
      "method",
      "sharedPhrases",
      "alignedSentences",
      "similarityTitle",
      "similarityBody",
      "similarityPhrase",
      "similarityContext",
      "evidence",
    ],
    mapRow: lineageRow,
  },
  indicators: {
    name: "indicators",
    query: "export/indicators",
    keyParts: 1,
    columns: [
      "id",
      "planId",
      "table",
      "category",
      "name",
      "concept",
      "unit",
      "baseline",
      "baselineValue",
      "baselineComparator",
      "target",
      "targetValue",
      "targetComparator",
      "attribute",
      "notes",
      ...SOURCE,
    ],
  },
  departments: {
    name: "departments",
    query: "export/departments",
    keyParts: 1,
    columns: [
      "id",
      "name",
      "aliases",
      "type",
      "collective",
      "regionId",
      "leadsTotalCount",
      "responsibleForTotalCount",
      "namedAsActingTotalCount",
    ],
  },
};

export function exportNamed(name: string): ExportDefinition | undefined {
  return Object.prototype.hasOwnProperty.call(EXPORTS, name) ? EXPORTS[name as ExportName] : undefined;
}

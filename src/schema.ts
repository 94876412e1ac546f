import "reflect-metadata";
import { GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchemaSync } from "type-graphql";
import { NodeResolver } from "./common/node.resolver";
import { PlanResolver } from "./plans/plan.resolver";
import { PlanSourceResolver } from "./plans/plan-source.resolver";
import { DepartmentResolver } from "./departments/department.resolver";
import { IndicatorResolver } from "./indicators/indicator.resolver";
import { LineageResolver } from "./lineage/lineage.resolver";
import { PlanLineageResolver } from "./lineage/plan-lineage.resolver";
import { TaskLineageResolver } from "./lineage/task-lineage.resolver";
import { RegionResolver } from "./regions/region.resolver";
import { SearchResolver } from "./search/search.resolver";
import { TaskResolver } from "./tasks/task.resolver";

export const RESOLVERS = [
  NodeResolver,
  PlanResolver,
  PlanSourceResolver,
  RegionResolver,
  TaskResolver,
  DepartmentResolver,
  IndicatorResolver,
  SearchResolver,
  TaskLineageResolver,
  PlanLineageResolver,
  LineageResolver,
] as const;

/** The type-graphql classes are the single source of truth; schema/schema.graphql is printed from this. */
export function buildGraphQLSchema(): GraphQLSchema {
  return buildSchemaSync({ resolvers: RESOLVERS as never, validate: false });
}

export function printSdl(schema: GraphQLSchema = buildGraphQLSchema()): string {
  return printSchema(lexicographicSortSchema(schema)) + "\n";
}

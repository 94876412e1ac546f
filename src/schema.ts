import "reflect-metadata";
import { GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchemaSync } from "type-graphql";
import { createQueryCompiler } from "./compile/registry";
import { installCompiledResolvers } from "./compile/resolvers";
import { PROJECT_ROOT } from "./config";
import { NodeResolver } from "./common/node.resolver";
import { PlanDocumentResolver, SourceDocumentResolver } from "./documents/source-document.resolver";
import { PlanResolver } from "./plans/plan.resolver";
import { PlanSourceResolver } from "./plans/plan-source.resolver";
import { DepartmentResolver } from "./departments/department.resolver";
import { IndicatorResolver } from "./indicators/indicator.resolver";
import { LineageResolver } from "./lineage/api/lineage.resolver";
import { PlanLineageResolver } from "./lineage/api/plan-lineage.resolver";
import { TaskLineageResolver } from "./lineage/api/task-lineage.resolver";
import { RegionResolver } from "./regions/region.resolver";
import { SearchResolver } from "./search/search.resolver";
import { TaskResolver } from "./tasks/task.resolver";

export const RESOLVERS = [
  NodeResolver,
  PlanResolver,
  PlanSourceResolver,
  PlanDocumentResolver,
  SourceDocumentResolver,
  RegionResolver,
  TaskResolver,
  DepartmentResolver,
  IndicatorResolver,
  SearchResolver,
  TaskLineageResolver,
  PlanLineageResolver,
  LineageResolver,
] as const;

/**
 * The type-graphql classes are the single source of truth; schema/schema.graphql is printed
 * from this. Its resolvers answer through the query compiler first (src/compile): a root
 * field it covers is one Cypher statement, the resolvers and their loaders the fallback.
 */
export function buildGraphQLSchema(): GraphQLSchema {
  const schema = buildSchemaSync({ resolvers: RESOLVERS as never, validate: false });
  installCompiledResolvers(schema, createQueryCompiler(schema, PROJECT_ROOT));
  return schema;
}

export function printSdl(schema: GraphQLSchema = buildGraphQLSchema()): string {
  return printSchema(lexicographicSortSchema(schema)) + "\n";
}

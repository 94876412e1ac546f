import type { GraphQLSchema } from "graphql";
import * as path from "path";
import { sourceFields } from "../common/source.compile";
import { documentFields, documentTypes } from "../documents/document.compile";
import { departmentFields, departmentTypes } from "../departments/department.compile";
import { indicatorFields, indicatorTypes } from "../indicators/indicator.compile";
import { lineageFields, lineageTypes } from "../lineage/api/lineage.compile";
import { planFields, planTypes } from "../plans/plan.compile";
import { regionFields, regionTypes } from "../regions/region.compile";
import { searchFields } from "../search/search.compile";
import { taskFields, taskTypes } from "../tasks/task.compile";
import { QueryCompiler } from "./compiler";
import { connectionFields } from "./connection";
import { FragmentLibrary } from "./fragments";

/** The compiler of `schema`, from every concept's field compilers and cypher/fragments (read here, once). */
export function createQueryCompiler(schema: GraphQLSchema, projectRoot: string): QueryCompiler {
  const fragments = FragmentLibrary.load(path.join(projectRoot, "cypher", "fragments"));
  const fields = {
    ...connectionFields(schema),
    ...sourceFields,
    ...planFields,
    ...documentFields,
    ...regionFields,
    ...taskFields,
    ...departmentFields,
    ...indicatorFields,
    ...searchFields,
    ...lineageFields,
  };
  const types = { ...planTypes, ...documentTypes, ...regionTypes, ...taskTypes, ...departmentTypes, ...indicatorTypes, ...lineageTypes };
  for (const key of Object.keys(fields)) {
    const [type, field] = key.split(".");
    const t = schema.getType(type);
    if (!t || !("getFields" in t) || !(field in t.getFields())) throw new Error(`compiler for ${key}: the schema has no such field`);
  }
  return new QueryCompiler(schema, fragments, fields, types);
}

import "reflect-metadata";
import * as fs from "fs";
import * as path from "path";
import { GraphQLNamedType, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from "graphql";
import { buildGraphQLSchema, printSdl } from "../../src/schema";

const schema = buildGraphQLSchema();

describe("the GraphQL schema", () => {
  it("matches the committed schema/schema.graphql (run `npm run schema` after changing a type)", () => {
    const committed = fs.readFileSync(path.join(__dirname, "../../schema/schema.graphql"), "utf8");
    expect(printSdl(schema)).toBe(committed);
  });

  it("describes every type, field and argument", () => {
    const missing: string[] = [];
    const own = Object.values(schema.getTypeMap()).filter((t: GraphQLNamedType) => !t.name.startsWith("__") && !["String", "Int", "Float", "Boolean", "ID"].includes(t.name));
    for (const type of own) {
      // The root Query type is described by its fields.
      if (!type.description && type.name !== "Query") missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of "args" in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });

  it("keeps the public contract's names", () => {
    const fields = (name: string) => Object.keys((schema.getType(name) as any).getFields());
    expect(fields("Query")).toEqual(expect.arrayContaining(["node", "plans", "plan", "regions", "department", "departments", "task", "tasks", "indicators", "search"]));
    expect(fields("Plan")).toEqual(expect.arrayContaining(["id", "title", "kind", "loaded", "region", "docNumber", "issuer", "issuedDate", "periodStart", "periodEnd", "cites", "citedBy", "outline", "tasks", "indicators", "source"]));
    expect(fields("Region")).toEqual(expect.arrayContaining(["id", "name", "level", "parent", "children", "plans", "departments"]));
    expect(fields("Department")).toEqual(expect.arrayContaining(["id", "name", "aliases", "type", "region", "leads", "responsibleFor"]));
    expect(fields("Task")).toEqual(expect.arrayContaining(["id", "plan", "kind", "number", "path", "title", "text", "deadlines", "parent", "children", "lead", "responsible", "source"]));
    expect(fields("Indicator")).toEqual(expect.arrayContaining(["id", "plan", "name", "concept", "category", "unit", "baseline", "target", "baselineValue", "targetValue", "attribute", "notes", "source"]));
    expect(fields("Source")).toEqual(["file", "line", "endLine", "startOffset", "endOffset", "text", "page"]);
    expect(fields("SourceDocument")).toEqual(expect.arrayContaining(["file", "format", "encoding", "contentHash", "lineCount", "removed", "textUrl", "originalUrl"]));
    expect(fields("Plan")).toEqual(expect.arrayContaining(["document"]));
    expect(fields("SearchHit")).toEqual(["node", "score", "snippet"]);
    expect(fields("TaskFilter")).toEqual(expect.arrayContaining(["planId", "regionId", "departmentId", "role", "kind", "dueBy", "hasLead", "text"]));
    expect(fields("DepartmentFilter")).toEqual(expect.arrayContaining(["regionId", "type", "name"]));
    expect(fields("IndicatorFilter")).toEqual(expect.arrayContaining(["planId", "concept", "attribute"]));
    expect(fields("TaskConnection")).toEqual(expect.arrayContaining(["edges", "nodes", "pageInfo", "totalCount"]));
    expect((schema.getType("TaskKind") as any).getValues().map((v: any) => v.name)).toEqual(["CHAPTER", "SECTION", "TASK", "SUBTASK", "COLUMN", "COLUMN_ITEM"]);
    expect(schema.getMutationType()).toBeUndefined();
    expect(schema.getSubscriptionType()).toBeUndefined();
  });
});

import "reflect-metadata";
import { buildGraphQLSchema } from "../../src/schema";

const schema = buildGraphQLSchema();
const fields = (type: string) => (schema.getType(type) as any).getFields();
const args = (type: string, field: string) => fields(type)[field].args.map((a: any) => a.name).sort();
const typeOf = (type: string, field: string) => String(fields(type)[field].type);

describe("the lineage contract of issue 5", () => {
  it("filters the bulk edge list by relation and by the kind of an end (issue 14)", () => {
    expect(Object.keys(fields("LineageFilter"))).toEqual(expect.arrayContaining(["planId", "relation", "kind", "minScore"]));
    expect(String(fields("LineageFilter").kind.type)).toBe("TaskKind");
    expect((schema.getType("LineageDirection") as any).getValues().map((v: any) => v.name)).toEqual(["UPSTREAM", "DOWNSTREAM", "PEER", "BROADER", "NARROWER"]);
  });

  it("adds lineage and upstream to Task", () => {
    expect(args("Task", "lineage")).toEqual(["minScore", "relation"]);
    expect(typeOf("Task", "lineage")).toBe("[LineageLink!]!");
    expect(args("Task", "upstream")).toEqual(["depth"]);
    expect(typeOf("Task", "upstream")).toBe("[LineageLink!]!");
  });

  it("adds the bulk edge list and the groups to Query", () => {
    expect(args("Query", "lineageLinks")).toEqual(["after", "filter", "first"]);
    expect(typeOf("Query", "lineageLinks")).toBe("LineageLinkConnection!");
    expect(args("Query", "lineageGroups")).toEqual(expect.arrayContaining(["first", "after"]));
    expect(typeOf("Query", "lineageGroups")).toBe("LineageGroupConnection!");
  });

  it("names the link, group and relation as the contract does", () => {
    expect(Object.keys(fields("LineageLink"))).toEqual(expect.arrayContaining(["from", "to", "relation", "score", "method", "evidence"]));
    expect(typeOf("LineageLink", "from")).toBe("Task!");
    expect(typeOf("LineageLink", "evidence")).toBe("[String!]!");
    expect(Object.keys(fields("LineageGroup"))).toEqual(expect.arrayContaining(["id", "label", "tasks", "plans"]));
    expect((schema.getType("LineageRelation") as any).getValues().map((v: any) => v.name)).toEqual(["IMPLEMENTS", "SAME_TASK_AS", "COVERS", "PART_OF", "ELABORATES"]);
  });
});

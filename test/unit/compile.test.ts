import "reflect-metadata";
import * as fs from "fs";
import { GraphQLObjectType, Kind, OperationDefinitionNode, parse } from "graphql";
import * as os from "os";
import * as path from "path";
import { FragmentLibrary } from "../../src/compile/fragments";
import { createQueryCompiler } from "../../src/compile/registry";
import { collectFields } from "../../src/compile/selection";
import { buildGraphQLSchema } from "../../src/schema";

function library(files: Record<string, string>): FragmentLibrary {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fragments-"));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, `${name}.cypher`), text);
  }
  return FragmentLibrary.load(dir);
}

describe("Cypher fragments", () => {
  const fragments = library({
    "tasks/lead": "// Task.lead\nMATCH ({unit}:Department)-[{tie}:LEADS]->({task})\nWITH {unit}, {tie} ORDER BY {tie}.sourceStartOffset\nRETURN {unit}\n",
    "tasks/filter": "($kind IS NULL OR {task}.kind = $kind) AND any({year} IN {task}.deadlines WHERE {year} <= $dueBy)",
  });

  it("bind the parent, name every other variable afresh and prefix the parameters", () => {
    let n = 0;
    const fresh = () => `n${n++}`;
    const lead = fragments.instantiate("tasks/lead", { task: "n9" }, fresh, "f3_");
    expect(lead.body).toBe("MATCH (n0:Department)-[n1:LEADS]->(n9)\nWITH n0, n1 ORDER BY n1.sourceStartOffset");
    expect(lead.out).toBe("n0");
    const filter = fragments.instantiate("tasks/filter", { task: "n0" }, fresh, "f4_");
    expect(filter.body).toBe("($f4_kind IS NULL OR n0.kind = $f4_kind) AND any(n2 IN n0.deadlines WHERE n2 <= $f4_dueBy)");
    expect(filter.out).toBeUndefined();
  });

  it("name a fragment that is missing", () => {
    expect(() => fragments.get("tasks/nope")).toThrow(/No Cypher fragment named tasks\/nope in cypher\/fragments/);
  });

  it("all in cypher/fragments read, each an expression or rows yielding a variable it binds (a shape's come in its slots)", () => {
    const all = FragmentLibrary.load(path.join(__dirname, "../../cypher/fragments"));
    expect(all.names().length).toBeGreaterThan(40);
    for (const name of all.names()) {
      const f = all.get(name);
      expect(f.body).not.toMatch(/^\s*$/);
      if (f.out && !name.startsWith("shapes/")) expect(f.body).toContain(`{${f.out}}`);
    }
  });
});

describe("the fields a selection selects", () => {
  const schema = buildGraphQLSchema();
  const task = schema.getType("Task") as GraphQLObjectType;

  function fieldsOf(source: string) {
    const document = parse(source);
    const op = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    const fragments = Object.fromEntries(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])));
    const field = op.selectionSet.selections[0];
    if (field.kind !== Kind.FIELD) throw new Error("test query must start with a field");
    return [...collectFields(schema, fragments, task, [field.selectionSet!]).values()].map((f) => [f.responseKey, f.name, f.nodes.length]);
  }

  it("merge a key selected in several places, follow fragments whose type applies, keep aliases", () => {
    const fields = fieldsOf(`
      fragment T on Task { title lead { name } }
      fragment P on Plan { title }
      fragment N on Node { id }
      { task(id: "x") { ...T ...P ...N t: title ... on Task { title } ... on Plan { kind } } }`);
    expect(fields).toEqual([
      ["title", "title", 2],
      ["lead", "lead", 1],
      ["id", "id", 1],
      ["t", "title", 1],
    ]);
  });

  it("drop a field a literal directive skips, and keep one a variable decides", () => {
    const fields = fieldsOf(`query($v: Boolean!) { task(id: "x") { a: title @skip(if: true) b: title @include(if: false) c: title @include(if: $v) d: title @skip(if: false) } }`);
    expect(fields.map(([key]) => key)).toEqual(["c", "d"]);
  });
});

describe("a compiled root page", () => {
  const schema = buildGraphQLSchema();
  const compiler = createQueryCompiler(schema, path.join(__dirname, "../.."));
  const cypherOf = (source: string) => {
    const document = parse(source);
    const op = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    const field = op.selectionSet.selections[0];
    if (field.kind !== Kind.FIELD) throw new Error("test query must start with a field");
    return compiler.compileRoot({ responseKey: field.name.value, name: field.name.value, nodes: [field] }, {})!.cypher;
  };
  const ways = (cypher: string) => [...cypher.matchAll(/UNWIND CASE \S+ WHEN '(\w+)'/g)].map((m) => m[1]);

  it("takes the one way a literal filter decides, with only the conditions it sets", () => {
    const cypher = cypherOf(`{ tasks(filter: { planId: "Plan:x", kind: TASK }) { totalCount } }`);
    expect(ways(cypher)).toEqual(["plan"]);
    expect(cypher).not.toMatch(/CASE WHEN/);
    expect(cypher).toMatch(/\.kind = \$f0_kind/);
    expect(cypher).not.toMatch(/dueBy|hasLead|searchText/);
  });

  it("chooses at run time between the ways a variable may or may not set, and the last", () => {
    const cypher = cypherOf(`query($t: String) { tasks(filter: { text: $t, kind: TASK }) { totalCount } }`);
    expect(ways(cypher)).toEqual(["text", "all"]);
    expect(cypher).toMatch(/CASE WHEN \$f0_text IS NOT NULL THEN 'text' ELSE 'all' END/);
  });

  it("keeps every way and condition when the whole filter is a variable", () => {
    const cypher = cypherOf(`query($f: TaskFilter) { tasks(filter: $f) { totalCount } }`);
    expect(ways(cypher)).toEqual(["plan", "department", "text", "region", "all"]);
    expect(cypher).toMatch(/dueBy/);
    expect(cypher).toMatch(/hasLead/);
  });

  it("reads every task without a filter, through the one way that needs none", () => {
    expect(ways(cypherOf(`{ tasks(first: 3) { nodes { id } } }`))).toEqual(["all"]);
  });
});

import * as fs from "fs";
import { execute, Kind, OperationDefinitionNode, parse } from "graphql";
import * as path from "path";
import { buildSchemaSync } from "type-graphql";
import { QueryCompiler } from "../../src/compile/compiler";
import { FragmentLibrary } from "../../src/compile/fragments";
import { createQueryCompiler } from "../../src/compile/registry";
import { installCompiledResolvers } from "../../src/compile/resolvers";
import type { FieldCompilers } from "../../src/compile/types";
import { createLogger } from "../../src/log";
import { createContext } from "../../src/context";
import { RESOLVERS } from "../../src/schema";
import { Database } from "../../src/db";
import { loadDocument } from "../../src/ingest/load";
import { readDocument } from "../../src/ingest/pipeline";
import { removePlan } from "../reliability/support/graph";
import { inProcessGraph } from "../setup/in-process";

/**
 * The compiled path (src/compile): each root field is one Cypher statement, and its answer
 * is the one the resolvers and their loaders give, for every example and for shapes that
 * use every compiled field, alias, fragment and directive.
 */
const compiled = inProcessGraph();
const loaders = inProcessGraph({ COMPILE_QUERIES: "false" });

const ROOT = path.join(__dirname, "../..");
const EXAMPLES = fs.readdirSync(path.join(ROOT, "examples")).filter((f) => f.endsWith(".graphql"));
const example = (file: string) => fs.readFileSync(path.join(ROOT, "examples", file), "utf8");

/**
 * Documents an example asks to load first (`npm run ingest -- examples/documents/…` in its
 * header): loaded for these tests and removed after, so each example answers with data.
 */
const EXAMPLE_DOCUMENTS = [...new Set(EXAMPLES.flatMap((f) => [...example(f).matchAll(/npm run ingest -- (\S+)/g)].map((m) => m[1])))];
let writer: Database;
beforeAll(async () => {
  writer = Database.connect(process.env.TEST_NEO4J_URI!, compiled.config.neo4j);
  for (const file of EXAMPLE_DOCUMENTS) {
    const bytes = fs.readFileSync(path.join(ROOT, file));
    await loadDocument(writer, await readDocument(file, bytes), { projectRoot: ROOT, original: bytes });
  }
}, 120_000);
afterAll(async () => {
  for (const file of EXAMPLE_DOCUMENTS) await removePlan(writer, `Plan:${path.parse(file).name}`);
  await writer.close();
});

const TIBET = "Plan:001_aa40d479269d3f1a";
const TIBET_12 = "Task:001_aa40d479269d3f1a:2/4/12";

/** Queries that, together with the examples, reach every field compiler and every fragment of cypher/fragments. */
const SHAPES: Record<string, { query: string; variables?: Record<string, unknown> }> = {
  "every plan field": {
    query: `{ plans { id title kind loaded docNumber issuer issuedDate periodStart periodEnd
      region { id name level placeholder parent { name } children { name } }
      cites { id title region { name } } mentioned: cites(role: [MENTIONED, IMPLEMENTS]) { id title } citedBy { id } source { file line endLine startOffset endOffset text page }
      document { file format encoding contentHash lineCount removed { rule count sample } hasOriginal textUrl originalUrl }
      indicators { id name table plan { id } source { line } }
      references { role title docNumber plan { id title loaded region { name } } source { file line endLine text } }
      implements { from { id } to { id title region { name } } score method evidence } implementedBy { from { title } to { title } score } } }`,
  },
  "every region and department field": {
    query: `{ regions { id name level placeholder parent { id } children { id name } plans { id title region { name } }
      departments { id name aliases type collective region { name } actsAs { name } actedAsBy { name } } } }`,
  },
  "a task page with every task field": {
    query: `{ tasks(filter: { text: "医保基金监管" }, first: 7) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id kind number path title text deadlines schedule plan { title } parent { id title } children { id }
        lead { name } responsible { name } units { relation printedName roleText convention phrase source { file line text page } department { id name } }
        source { line text page } group { id label size planCount tasks { id } plans { id } } } } } }`,
  },
  "task filters, aliases and a cursor variable": {
    query: `query($after: String) {
      t1: tasks(filter: { planId: "${TIBET}", kind: TASK }, first: 3, after: $after) { pageInfo { endCursor hasNextPage } nodes { n: number t: title } }
      t2: tasks(filter: { hasLead: false }, first: 5) { totalCount }
      t3: tasks(filter: { dueBy: 2022, regionId: "Region:西藏自治区" }, first: 4) { totalCount nodes { title deadlines } }
      t4: tasks(filter: { departmentId: "Department:西藏自治区:西藏自治区财政厅", role: RESPONSIBLE }) { totalCount nodes { title } } }`,
    variables: { after: Buffer.from("Task|001_aa40d479269d3f1a|0002/0003").toString("base64url") },
  },
  "department pages, named fragments and inline fragments": {
    query: `fragment D on Department { name region { name } }
      query { departments(filter: { type: "财政" }, first: 10) { totalCount nodes { ...D leads(first: 2) { totalCount nodes { id } pageInfo { hasNextPage endCursor } }
        responsibleFor(first: 3) { edges { cursor node { title } } } namedAsActing { totalCount } } }
      d2: departments(filter: { regionId: "Region:西藏自治区" }) { nodes { id ... on Department { aliases } } }
      d3: department(id: "Department:西藏自治区:西藏自治区财政厅") { ...D } }`,
  },
  "indicator pages and every indicator field": {
    query: `{ indicators(filter: { regionId: "Region:四川省" }, first: 100) { totalCount nodes { id name concept category unit baseline target
        baselineValue baselineComparator targetValue targetComparator attribute notes table plan { title } source { file line } } }
      i2: indicators(filter: { planId: "Plan:004_5a087b0cd4345386", table: COMPLETION }) { totalCount nodes { name } }
      i3: indicators(first: 3) { totalCount pageInfo { endCursor } } }`,
  },
  "search over every node type": {
    query: `{ search(text: "參保率 医保基金", first: 20) { score snippet node { __typename id ... on Task { title plan { title } }
      ... on Indicator { name concept } ... on Plan { title } ... on Department { name } ... on Region { name } } } }`,
  },
  "lineage groups": {
    query: `{ lineageGroups(first: 5) { totalCount pageInfo { hasNextPage endCursor } nodes { id label size planCount tasks { id title plan { title } } plans { id } } }
      g2: lineageGroups(filter: { planId: "${TIBET}", minPlans: 3 }) { totalCount nodes { label } } lineageGroup(id: "LineageGroup:none") { id } }`,
  },
  "every lineage link field, upstream at two depths": {
    query: `{ task(id: "${TIBET_12}") { a: lineage { relation direction score method evidence sharedPhrases
        alignedSentences { fromSentence toSentence similarity fromText fromLine fromEndLine toText toLine toEndLine }
        similarity { title body phrase context } depth from { id } to { id title } }
      b: lineage(relation: IMPLEMENTS, minScore: 0.2) { to { id } } upstream { depth relation from { id } to { id plan { title } } }
      u1: upstream(depth: 1) { depth to { id } } group { label } plan { implements { to { id } } } } }`,
  },
  "lineage of every task of a plan and a deep outline": {
    query: `{ plan(id: "Plan:003_3805f0e95e16182c") { tasks(first: 500) { nodes { id lineage(minScore: 0.5) { to { id } from { title } x: to { title } } group { label tasks { id } } upstream { to { id } } } }
      outline { id children { id children { id title } } } } }`,
  },
  "missing ids, parents, children and text": {
    query: `{ t: task(id: "Task:000_1cc9d6698810e7a5:1") { id title parent { id } children { title text source { text } children { title } } }
      missing: task(id: "Task:nope") { id } p: plan(id: "Plan:nope") { id } plans(loaded: false) { id loaded source { file } } }`,
  },
  "empty and past-the-end pages": {
    query: `{ tasks(first: 0) { totalCount pageInfo { hasNextPage startCursor endCursor } nodes { id } }
      x: tasks(first: 2, after: "${Buffer.from("Task|zzz").toString("base64url")}") { nodes { id } pageInfo { hasNextPage } } }`,
  },
  "filters from variables, whole or field by field": {
    query: `query($f: TaskFilter, $t: String, $d: DepartmentFilter, $i: IndicatorFilter) {
      a: tasks(filter: $f, first: 3) { totalCount nodes { id } }
      b: tasks(filter: { text: $t, kind: TASK }, first: 3) { totalCount nodes { title } }
      c: departments(filter: $d) { totalCount nodes { name } }
      i: indicators(filter: $i, first: 2) { totalCount nodes { name } } }`,
    variables: { f: { regionId: "Region:西藏自治区", hasLead: true }, t: null, d: { name: "财政" }, i: { concept: "参保率", table: "TARGET" } },
  },
  "five levels of nesting over every loaded plan": {
    query: `{ plans(loaded: true) { tasks(first: 500) { nodes { lead { leads(first: 50) { totalCount nodes { plan { id } } } } } } } }`,
  },
  "directives with literals and variables": {
    query: `query($with: Boolean!, $without: Boolean!) { plan(id: "${TIBET}") { title @skip(if: true) kind @include(if: $with)
      region @skip(if: $without) { name } outline @include(if: false) { id } tasks(first: 2) { nodes { id title @include(if: $without) } } } }`,
    variables: { with: true, without: false },
  },
};

/** The response keys of the operation's root fields: one statement each. */
function rootKeys(source: string): string[] {
  const op = parse(source).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return op.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : "?"));
}

/** Every statement sent through `readValue` while `work` runs. */
async function statements(work: () => Promise<unknown>): Promise<{ name: string; cypher: string; params: Record<string, unknown> }[]> {
  const spy = jest.spyOn(compiled.db, "readValue");
  try {
    await work();
    return spy.mock.calls.map(([name, cypher, params]) => ({ name, cypher, params: params ?? {} }));
  } finally {
    spy.mockRestore();
  }
}

describe("compiled queries", () => {
  it.each(EXAMPLES)("answer examples/%s with one statement per root field, as the loaders answer it", async (file) => {
    const a = await compiled.run(example(file));
    const b = await loaders.run(example(file));
    expect(a.errors).toBeUndefined();
    expect(a.sent).toEqual(rootKeys(example(file)).map((f) => `compiled/${f}`));
    // The loaders need a round trip per level: the compiled statement does the work of several.
    expect(b.sent.length).toBeGreaterThan(a.sent.length);
    expect(a.data).toEqual(b.data);
  });

  it.each(Object.keys(SHAPES))("answer %s with one statement per root field, as the loaders answer it", async (name) => {
    const { query, variables } = SHAPES[name];
    const a = await compiled.run(query, variables);
    const b = await loaders.run(query, variables);
    expect(a.errors).toEqual(b.errors);
    expect(a.sent).toEqual(rootKeys(query).map((f) => `compiled/${f}`));
    expect(a.data).toEqual(b.data);
  });

  it("plan every statement of the examples and the shapes on the real Neo4j (EXPLAIN), using every fragment", async () => {
    // A field of each node type left to its resolver: the statements then carry each type's loader row too.
    const partial = partialSchema(["Plan.kind", "Region.level", "Task.path", "Department.aliases", "Indicator.unit"]);
    const sent = await statements(async () => {
      for (const file of EXAMPLES) await compiled.run(example(file));
      for (const { query, variables } of Object.values(SHAPES)) {
        await compiled.run(query, variables);
        await partial.run(query, variables);
      }
    });
    expect(sent.length).toBeGreaterThan(EXAMPLES.length + Object.keys(SHAPES).length);
    const session = compiled.db.driver.session({ database: compiled.db.database });
    try {
      for (const s of new Set(sent.map((x) => x.cypher))) await session.run(`EXPLAIN ${s}`);
    } finally {
      await session.close();
    }
    const fragments = FragmentLibrary.load(path.join(ROOT, "cypher", "fragments"));
    const text = sent.map((s) => s.cypher).join("\n");
    for (const name of fragments.names()) expect({ name, used: fragmentUsed(fragments, name, text) }).toEqual({ name, used: true });
  });

  it("send the same text whatever the variables, so Neo4j reuses its plan", async () => {
    const q = `query($id: ID!, $first: Int) { plan(id: $id) { title tasks(first: $first) { nodes { title lead { name } } } } }`;
    const sent = await statements(async () => {
      await compiled.run(q, { id: TIBET, first: 3 });
      await compiled.run(q, { id: "Plan:000_1cc9d6698810e7a5", first: 40 });
    });
    expect(sent).toHaveLength(2);
    expect(sent[0].cypher).toBe(sent[1].cypher);
    expect(Object.values(sent[0].params)).toEqual(expect.arrayContaining([TIBET, 3]));
    expect(Object.values(sent[1].params)).toEqual(expect.arrayContaining(["Plan:000_1cc9d6698810e7a5", 40]));
  });

  it("compile an operation once, however often it runs", async () => {
    const schema = buildSchemaSync({ resolvers: RESOLVERS as never, validate: false });
    const compiler = createQueryCompiler(schema, ROOT);
    installCompiledResolvers(schema, compiler);
    const compile = jest.spyOn(compiler, "compileRoot");
    const document = parse(example("tibet-task.graphql"));
    for (let i = 0; i < 3; i++) {
      const ctx = createContext({ config: compiled.config, db: compiled.db, cypher: compiled.cypher }, "test");
      const result = await execute({ schema, document, contextValue: ctx });
      expect(result.errors).toBeUndefined();
      expect(ctx.stats.sent).toEqual(["compiled/plan"]);
    }
    expect(compile).toHaveBeenCalledTimes(1);
  });

  it("leave a field without a compiler to its resolver and loader, inside the compiled statement's answer", async () => {
    const source = example("department-tasks.graphql");
    const { data, errors, sent } = await partialSchema(["Task.lead", "Department.region"]).run(source);
    expect(errors).toBeUndefined();
    expect(sent).toEqual(["compiled/departments", "regions/by-id", "tasks/units"]);
    expect(data).toEqual((await loaders.run(source)).data);
  });

  it("answer through the loaders when Neo4j refuses a compiled statement, and say so in the log", async () => {
    const logged: string[] = [];
    const broken = partialSchema([], { "Task.title": { compile: () => "no_such_function()" } }, (line) => logged.push(line));
    const source = example("tibet-task.graphql");
    const { data, errors, sent } = await broken.run(source);
    expect(errors).toBeUndefined();
    expect(sent[0]).toBe("compiled/plan");
    expect(sent.slice(1)).toEqual((await loaders.run(source)).sent);
    expect(data).toEqual((await loaders.run(source)).data);
    expect(logged).toEqual([expect.stringMatching(/compiled statement refused by Neo4j.*"field":"plan"/)]);
  });

  it("report a bad argument below the root where the loaders report it", async () => {
    for (const query of [
      `{ plan(id: "${TIBET}") { title tasks(first: 9999) { totalCount } } }`,
      `{ task(id: "${TIBET_12}") { title lineage(minScore: 2) { score } } }`,
      `{ departments(first: 1) { nodes { name leads(after: "not-a-cursor") { totalCount } } } }`,
    ]) {
      const a = await compiled.run(query);
      const b = await loaders.run(query);
      expect(a.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      expect(a.errors?.map((e) => [e.message, e.path])).toEqual(b.errors?.map((e) => [e.message, e.path]));
      expect(a.data).toEqual(b.data);
    }
  });

  it("leave node(id:) to the loaders", async () => {
    const a = await compiled.run(`{ node(id: "${TIBET_12}") { id ... on Task { title lead { name } } } }`);
    expect(a.errors).toBeUndefined();
    expect(a.sent).toEqual(["tasks/by-id", "tasks/units"]);
    expect(a.data.node.title).toBe("改革完善医保基金监管体制");
  });
});

/** Our schema with a compiler that leaves the fields `without` to their resolvers (and compiles `replaced` its own way). */
function partialSchema(without: string[], replaced: FieldCompilers = {}, log?: (line: string) => void) {
  const schema = buildSchemaSync({ resolvers: RESOLVERS as never, validate: false });
  const full = createQueryCompiler(schema, ROOT);
  const fields = { ...Object.fromEntries(Object.entries(full.fields).filter(([k]) => !without.includes(k))), ...replaced };
  installCompiledResolvers(schema, new QueryCompiler(schema, full.fragments, fields, full.types));
  return {
    async run(source: string, variables?: Record<string, unknown>) {
      const ctx = createContext({ config: compiled.config, db: compiled.db, cypher: compiled.cypher, log: log && createLogger("error", log) }, "test");
      const result = await execute({ schema, document: parse(source), variableValues: variables, contextValue: ctx });
      return { data: result.data as any, errors: result.errors, sent: ctx.stats.sent };
    },
  };
}

/** Whether the text holds `name`'s fragment: its first line of Cypher, placeholders aside (a slot holds anything). */
function fragmentUsed(fragments: FragmentLibrary, name: string, text: string): boolean {
  const escape = (part: string) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const first = fragments.get(name).body.split("\n")[0].trim();
  const pattern = first
    .split(/\{\{[a-z][A-Za-z0-9]*\}\}/)
    .map((piece) => piece.split(/\{[a-z][A-Za-z0-9]*\}|\$[A-Za-z_][A-Za-z0-9_]*/).map(escape).join("[A-Za-z0-9_$']+"))
    .join("[\\s\\S]*?");
  return new RegExp(pattern).test(text);
}

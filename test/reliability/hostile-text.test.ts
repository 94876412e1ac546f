import * as path from "path";
import { CypherLibrary } from "../../src/cypher";
import type { Row } from "../../src/db";
import { counts } from "./support/graph";
import { startApi, ReliabilityApi } from "./support/api";

/**
 * User text in every argument that takes text, shaped to break out of wherever it
 * lands: Lucene syntax, Cypher fragments, quotes and backslashes, control and
 * invisible characters, 10,000 characters, mixed scripts. Each is answered or
 * refused as bad input, never with an internal error; every statement that reaches
 * Neo4j is, verbatim, one of the files of cypher/queries (the text only ever travels
 * as a parameter); and the graph is the same afterwards.
 */
const HOSTILE = [
  "' OR 1=1 --",
  '" OR "1"="1',
  "})-[*]-() DETACH DELETE n //",
  "'}) MATCH (n) DETACH DELETE n RETURN 1 //",
  "$planId",
  "{planId}",
  "\\",
  '\\"',
  "\\u0027",
  "title:医保 AND *",
  "医保~2 基金^10 +监管 -救助",
  "(医保 OR 基金) AND NOT [a TO z]",
  "/.*/",
  "*",
  "?",
  "%_%",
  "\u0000\u0001\u0007\u001b[31m医保\u007f",
  "\u200b\u202e保医\u202c\ufeff",
  "醫保 medical 医保 Страхование 🏥 ثبت 医療",
  "医".repeat(10_000),
];

const ARGUMENTS: [string, string][] = [
  ["search text", `query($t: String!) { search(text: $t, first: 5) { score node { id } } }`],
  ["task text filter", `query($t: String) { tasks(filter: { text: $t }, first: 5) { totalCount nodes { id } } }`],
  ["department name filter", `query($t: String) { departments(filter: { name: $t }, first: 5) { totalCount } }`],
  ["department type filter", `query($t: String) { departments(filter: { type: $t }, first: 5) { totalCount } }`],
  ["indicator concept filter", `query($t: String) { indicators(filter: { concept: $t }, first: 5) { totalCount } }`],
  ["plan id", `query($t: ID!) { plan(id: $t) { id } }`],
  ["node id", `query($t: ID!) { node(id: $t) { id } }`],
  ["plan id filter", `query($t: ID) { tasks(filter: { planId: $t }, first: 5) { totalCount } }`],
  ["department id filter", `query($t: ID) { tasks(filter: { departmentId: $t }, first: 5) { totalCount } }`],
  ["cursor", `query($t: String) { tasks(after: $t, first: 5) { totalCount } }`],
];

let api: ReliabilityApi;
const sent: { name: string; query: string; params: Row }[] = [];
const library = CypherLibrary.load(path.join(__dirname, "../../cypher/queries"));
const known = new Map(library.names().map((n) => [n, library.get(n)]));

/** The statement each query was compiled to, as first sent (with a harmless value): a statement never depends on the values. */
const compiledText = new Map<string, string>();

beforeAll(async () => {
  api = await startApi();
  const read = api.db.read.bind(api.db);
  api.db.read = (name, query, params, stats) => (sent.push({ name, query, params: params ?? {} }), read(name, query, params, stats));
  const readValue = api.db.readValue.bind(api.db);
  api.db.readValue = (name, query, params, stats) => (sent.push({ name, query, params: params ?? {} }), readValue(name, query, params, stats));
});
afterAll(() => api.close());

describe("hostile text in every text argument", () => {
  let before: { nodes: number; rels: number };
  beforeAll(async () => {
    before = await counts(api.db);
  });

  describe.each(ARGUMENTS)("in the %s", (_arg, query) => {
    beforeAll(async () => {
      sent.length = 0;
      await api.gql(query, { t: "医保" });
      for (const s of sent) if (s.name.startsWith("compiled/")) compiledText.set(`${query}|${s.name}`, s.query);
    });

    it.each(HOSTILE.map((t) => [JSON.stringify(t.length > 40 ? `${t.slice(0, 20)}… (${t.length} chars)` : t), t]))(
      "%s is answered or refused as bad input, never as an internal error",
      async (_label, text) => {
        sent.length = 0;
        const { status, body } = await api.gql(query, { t: text });
        const codes = (body.errors ?? []).map((e: { extensions: { code: string } }) => e.extensions.code);
        expect(codes.filter((c: string) => c !== "BAD_USER_INPUT")).toEqual([]);
        expect(status).toBeLessThan(500);
        // Verbatim a file of cypher/queries, or the statement the query compiled to with a harmless
        // value: the text went in as a parameter, never into the statement.
        for (const s of sent) expect(s.name.startsWith("compiled/") ? compiledText.get(`${query}|${s.name}`) : known.get(s.name)).toBe(s.query);
      },
    );
  });

  it("reads the Lucene wildcard as the character, not as 'everything'", async () => {
    const { body } = await api.gql(`{ search(text: "*", first: 5) { score } }`);
    expect(body.data.search).toEqual([]);
  });

  // The filter's text and the stored searchText both go through matchKey, which drops control
  // and invisible characters (src/common/text-keys.ts), so the wrapped word finds what 医保 finds.
  it("finds the same as the plain word when it is wrapped in control and invisible characters", async () => {
    const plain = await api.gql(`{ tasks(filter: { text: "医保" }, first: 1) { totalCount } }`);
    const wrapped = await api.gql(`query($t: String) { tasks(filter: { text: $t }, first: 1) { totalCount } }`, { t: "\u0000医保\u0007" });
    expect(wrapped.body.errors ?? []).toEqual([]);
    // 医保 is printed in every seed plan: a real answer to compare with, not 0 = 0.
    expect(plain.body.data.tasks.totalCount).toBeGreaterThan(0);
    expect(wrapped.body.data.tasks.totalCount).toBe(plain.body.data.tasks.totalCount);
  });

  it("leaves the graph as it was", async () => {
    expect(await counts(api.db)).toEqual(before);
  });
});

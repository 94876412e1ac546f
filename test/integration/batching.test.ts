import "reflect-metadata";
import { graphql } from "graphql";
import * as path from "path";
import { createContext } from "../../src/context";
import { CypherLibrary } from "../../src/cypher";
import { Database } from "../../src/db";
import { buildGraphQLSchema } from "../../src/schema";
import { testConfig } from "../setup/test-config";

/** The recorder: each request's context lists the named queries it sent, in order. */
const config = testConfig();
const schema = buildGraphQLSchema();
const cypher = CypherLibrary.load(path.join(config.projectRoot, "cypher", "queries"));
let db: Database;

beforeAll(() => {
  db = Database.connect(process.env.TEST_NEO4J_URI!, config.neo4j);
});
afterAll(() => db.close());

async function run(source: string) {
  const ctx = createContext({ config, db, cypher }, "test");
  const result = await graphql({ schema, source, contextValue: ctx });
  expect(result.errors).toBeUndefined();
  return { data: result.data as any, sent: ctx.stats.sent };
}

describe("DataLoader batching", () => {
  it("sends one query per level for plans → tasks → lead → leads → plan", async () => {
    const { data, sent } = await run(`{ plans(loaded: true) { tasks(first: 500) { nodes { lead { leads(first: 50) { nodes { plan { id } } } } } } } }`);
    expect(data.plans).toHaveLength(5);
    expect(sent).toEqual(["plans/all", "tasks/page", "tasks/lead", "departments/tasks-page", "plans/by-id"]);
  });

  it("counts totals in one extra batched query, only when asked", async () => {
    const without = await run(`{ plans(loaded: true) { tasks(first: 1) { nodes { id } } } }`);
    expect(without.sent).toEqual(["plans/all", "tasks/page"]);
    const withCount = await run(`{ plans(loaded: true) { tasks(first: 1) { totalCount } } }`);
    expect(withCount.sent).toEqual(["plans/all", "tasks/page", "tasks/count"]);
    expect(withCount.data.plans.map((p: any) => p.tasks.totalCount).reduce((a: number, b: number) => a + b)).toBeGreaterThan(300);
  });

  it("creates loaders per request: a second request sends its queries again", async () => {
    const q = `{ task(id: "Task:001_aa40d479269d3f1a:2/4/12") { lead { name } } }`;
    expect((await run(q)).sent).toEqual(["tasks/by-id", "tasks/lead"]);
    expect((await run(q)).sent).toEqual(["tasks/by-id", "tasks/lead"]);
  });
});

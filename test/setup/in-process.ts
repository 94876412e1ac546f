import "reflect-metadata";
import { graphql, GraphQLError } from "graphql";
import * as path from "path";
import { createContext } from "../../src/context";
import { CypherLibrary } from "../../src/cypher";
import { Database } from "../../src/db";
import { buildGraphQLSchema } from "../../src/schema";
import { testConfig } from "./test-config";

export interface InProcessResult {
  data: any;
  errors: readonly GraphQLError[] | undefined;
  /** The named queries the request sent, in order (QueryStats.sent). */
  sent: string[];
}

/**
 * The schema over the shared test Neo4j in this process, without HTTP, for tests that
 * look at what a request sends. Call at the top of a test file: it opens the database
 * before the file's tests and closes it after. Each `run` is one request, with its own
 * context and loaders, as the server makes them. `env` overrides the test configuration
 * (`COMPILE_QUERIES: "false"`: the resolvers and their loaders answer every field).
 */
export function inProcessGraph(env: Record<string, string> = {}) {
  const config = testConfig(env);
  const schema = buildGraphQLSchema();
  const cypher = CypherLibrary.load(path.join(config.projectRoot, "cypher", "queries"));
  let db: Database | undefined;
  beforeAll(() => {
    db = Database.connect(process.env.TEST_NEO4J_URI!, config.neo4j);
  });
  afterAll(() => db?.close());
  const opened = () => {
    if (!db) throw new Error("inProcessGraph: the database opens in beforeAll; use it inside a test");
    return db;
  };
  return {
    config,
    cypher,
    get db(): Database {
      return opened();
    },
    async run(source: string, variables?: Record<string, unknown>): Promise<InProcessResult> {
      const ctx = createContext({ config, db: opened(), cypher }, "test");
      const result = await graphql({ schema, source, variableValues: variables, contextValue: ctx });
      return { data: result.data as any, errors: result.errors, sent: ctx.stats.sent };
    },
  };
}

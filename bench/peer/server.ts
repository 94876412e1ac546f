import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { Neo4jGraphQL } from "@neo4j/graphql";
import express from "express";
import * as http from "http";
import neo4j from "neo4j-driver";
import { PEER_TYPE_DEFS } from "./type-defs";

/**
 * @neo4j/graphql serving the same graph, behind the same HTTP stack as our server
 * (Express 5, Apollo Server 5, JSON body parser), so that a difference between the
 * two measures the GraphQL layers and their Cypher, not the web framework.
 */
export async function startPeerServer(uri: string, database: string, host: string): Promise<{ url: string; close(): Promise<void> }> {
  const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", ""), { userAgent: "policy-graph-bench-peer" });
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  const apollo = new ApolloServer({ schema, introspection: true, stopOnTerminationSignals: false });
  await apollo.start();
  const app = express();
  app.disable("x-powered-by");
  app.use(
    "/graphql",
    express.json({ limit: 100_000 }),
    expressMiddleware(apollo, { context: async () => ({ sessionConfig: { database } }) }),
  );
  const server = http.createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, host, resolve);
  });
  const { port } = server.address() as { port: number };
  return {
    url: `http://${host}:${port}/graphql`,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await apollo.stop();
      await driver.close();
    },
  };
}

import * as http from "http";
import neo4j, { Driver } from "neo4j-driver";
import { PROJECT_ROOT } from "../src/config";
import type { Row } from "../src/db";
import { ContractQuery, contractQueries } from "./queries";

/** The bare driver, configured as our Database is (plain JS numbers), for the floor queries. */
export function floorDriver(uri: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic("neo4j", ""), { disableLosslessIntegers: true, userAgent: "policy-graph-bench-floor" });
}

/** One hand-written Cypher query, one round trip, rows as plain objects. */
export async function runFloor(driver: Driver, database: string, q: ContractQuery): Promise<Row[]> {
  const result = await driver.executeQuery(q.floor.cypher, q.floor.params, { database, routing: neo4j.routing.READ });
  return result.records.map((r) => r.toObject() as Row);
}

/**
 * The floor over HTTP: each contract question as a hand-written endpoint, the least an
 * HTTP API can do to answer it. A bare node:http handler reads `{"query": <name>}`, runs
 * that question's floor Cypher through the bare driver and writes the rows as JSON, in a
 * process of its own as our server is: the same transport, client and process hop as ours,
 * with no GraphQL, no framework and no checks.
 */
export async function startFloorServer(uri: string, database: string, host: string): Promise<{ url: string; close(): Promise<void> }> {
  const queries = new Map(contractQueries(PROJECT_ROOT).map((q) => [q.name, q]));
  const driver = floorDriver(uri);
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      let name: unknown;
      try {
        name = (JSON.parse(Buffer.concat(chunks).toString("utf8")) as { query?: unknown }).query;
      } catch {
        return void res.writeHead(400).end();
      }
      const q = typeof name === "string" ? queries.get(name) : undefined;
      if (!q) return void res.writeHead(404).end();
      runFloor(driver, database, q).then(
        (rows) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ rows })),
        (e: Error) => res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ error: e.message })),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://${host}:${port}/floor`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await driver.close();
    },
  };
}

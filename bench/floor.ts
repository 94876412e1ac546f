import neo4j, { Driver } from "neo4j-driver";
import type { Row } from "../src/db";
import type { ContractQuery } from "./queries";

/** The bare driver, configured as our Database is (plain JS numbers), for the floor queries. */
export function floorDriver(uri: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic("neo4j", ""), { disableLosslessIntegers: true, userAgent: "policy-graph-bench-floor" });
}

/** One hand-written Cypher query, one round trip, rows as plain objects. */
export async function runFloor(driver: Driver, database: string, q: ContractQuery): Promise<Row[]> {
  const result = await driver.executeQuery(q.floor.cypher, q.floor.params, { database, routing: neo4j.routing.READ });
  return result.records.map((r) => r.toObject() as Row);
}

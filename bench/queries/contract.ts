import * as fs from "fs";
import * as path from "path";
import type { Row } from "../../src/db";

/**
 * One question of the contract (examples/*.graphql) asked three ways: our API,
 * the equivalent query of @neo4j/graphql over the same data, and the best single
 * hand-written Cypher query (the floor). Each way has a digest: the answer reduced
 * to plain lines, so the report can say whether all three gave the same answer.
 */
export interface ContractQuery {
  name: string;
  ours: { query: string; variables: Row; digest(data: any): string[] };
  peer?: { query: string; variables: Row; digest(data: any): string[] };
  floor: { cypher: string; params: Row; digest(rows: Row[]): string[] };
  /** Why a way is missing, for the report. */
  note?: string;
}

/** The contract's text as committed: the benchmark asks exactly what the examples ask. */
export function example(projectRoot: string, file: string): string {
  return fs.readFileSync(path.join(projectRoot, "examples", file), "utf8");
}

export const sorted = (xs: string[]) => [...xs].sort();

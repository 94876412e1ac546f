import type { Row } from "../../db";

/** Runs one named statement of cypher/load/lineage inside the lineage transaction. */
export type Step = (name: string, params: Row) => Promise<Row[]>;

import type express from "express";
import * as path from "path";
import { PROJECT_ROOT } from "../config";
import { CypherLibrary } from "../cypher";
import type { Database } from "../db";

export interface Readiness {
  /** Whether Neo4j answers and the graph is loaded; the reason when not. */
  check(): Promise<{ ready: boolean; reason?: string }>;
}

/** cypher/health, read when this module loads: a missing file stops the boot. */
export const HEALTH_QUERIES = CypherLibrary.load(path.join(PROJECT_ROOT, "cypher", "health"));
const LOADED_PLAN = HEALTH_QUERIES.get("loaded-plan");

/**
 * Ready when Neo4j answers now and holds at least one loaded plan: a wiped or
 * never-loaded graph behind NEO4J_URI would otherwise pass for a working service.
 * One round trip (a connection the pool kept from before a Neo4j restart is retried
 * on a fresh one, nothing else), so it reports the state now.
 */
export function neo4jReadiness(db: Database): Readiness {
  return {
    async check() {
      let rows: unknown[];
      try {
        rows = await db.read("health/loaded-plan", LOADED_PLAN);
      } catch (e) {
        return { ready: false, reason: `Neo4j does not answer: ${(e as Error).message}` };
      }
      if (!rows.length) return { ready: false, reason: `Neo4j answers, but database ${db.database} holds no loaded plan: load the documents (npm run ingest)` };
      return { ready: true };
    },
  };
}

/** `GET /health`: the process is up. `GET /ready`: 200 when `readiness` says so, else 503 with the reason. */
export function registerHealthRoutes(app: express.Express, readiness: Readiness): void {
  app.get("/health", (_req, res) => void res.json({ status: "ok" }));
  app.get("/ready", async (_req, res) => {
    const r = await readiness.check();
    res.status(r.ready ? 200 : 503).json({ status: r.ready ? "ready" : "not-ready", ...(r.reason ? { reason: r.reason } : {}) });
  });
}

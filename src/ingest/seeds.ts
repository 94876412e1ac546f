import * as fs from "fs";
import * as path from "path";
import type { Database } from "../db";
import type { Logger } from "../log";
import { loadDocument } from "./load";
import { parseDocument } from "./parse";

/**
 * Loads every document of the seeds folder whose content changed since it was
 * last loaded (each plan node keeps its content hash); unchanged ones are skipped.
 */
export async function ingestSeeds(db: Database, seedsDir: string, projectRoot: string, log: Logger): Promise<void> {
  const files = fs
    .readdirSync(seedsDir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  for (const name of files) {
    const file = path.relative(projectRoot, path.join(seedsDir, name));
    const doc = parseDocument(file, fs.readFileSync(path.join(seedsDir, name)));
    const result = await loadDocument(db, doc, { projectRoot });
    log.info(result.outcome === "unchanged" ? "seed unchanged, not re-loaded" : "seed loaded", { file, ...result });
  }
}

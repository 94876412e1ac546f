import * as fs from "fs";
import * as path from "path";
import type { Database } from "../db";
import { updateLineage, type LineageInput } from "../lineage/update";
import type { Logger } from "../log";
import { loadDocument } from "./load";
import { readDocument } from "./pipeline";

/**
 * Loads every document of the seeds folder whose content changed since it was
 * last loaded (each plan node keeps its content hash); unchanged ones are skipped.
 * Then brings lineage up to date for the plans whose lineage is not current
 * (the ones just loaded, or left stale by an earlier failure).
 */
export async function ingestSeeds(db: Database, seedsDir: string, projectRoot: string, log: Logger): Promise<void> {
  const files = fs
    .readdirSync(seedsDir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  const lineage: LineageInput[] = [];
  for (const name of files) {
    const file = path.relative(projectRoot, path.join(seedsDir, name));
    const bytes = fs.readFileSync(path.join(seedsDir, name));
    const doc = await readDocument(file, bytes);
    const result = await loadDocument(db, doc, { projectRoot, original: bytes });
    log.info(result.outcome === "unchanged" ? "seed unchanged, not re-loaded" : "seed loaded", { file, ...result });
    lineage.push({ planId: result.planId, text: doc.text });
  }
  for (const outcome of await updateLineage(db, lineage, { projectRoot })) {
    if (outcome.outcome !== "current") log.info("lineage", { ...outcome });
  }
}

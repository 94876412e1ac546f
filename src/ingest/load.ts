import * as path from "path";
import { CypherLibrary } from "../cypher";
import { collect, Database, Row } from "../db";
import { docNumberKey, titleKey } from "../common/text-keys";
import { buildGraphBatch, planIdOf } from "./graph-model";
import type { PlanDocument } from "./model";
import { IngestError } from "./normalize/errors";

export type LoadOutcome = "unchanged" | "created" | "replaced";

export interface LoadResult {
  planId: string;
  outcome: LoadOutcome;
  /** When the plan was loaded before from another file (its .txt, now its web page): that file. */
  replacedFile?: string;
  counts: {
    tasks: number;
    indicators: number;
    departments: number;
    unitEdges: number;
    actingEdges: number;
    actsAsEdges: number;
    citations: number;
  };
}

/** Stage hook for progress lines; `stage` names the statement being run. */
export type Progress = (stage: string) => void;

const library = (root: string) => CypherLibrary.cached(path.join(root, "cypher", "load"));

/**
 * Writes one document in ONE write transaction: the previous version of this
 * document is replaced as a whole or not at all, so a failed or killed load
 * leaves the graph exactly as it was. A document whose content hash is already
 * loaded is skipped: loading twice is a no-op. The same document under another
 * file name or in another format (found by its title and 文号) replaces the plan
 * loaded from the first file and keeps its id.
 *
 * `original`: the file's bytes, kept with the extracted text so an auditor can open
 * the document as published (a PDF's page, a web page) next to the line we quote.
 */
export async function loadDocument(
  db: Database,
  doc: PlanDocument,
  opts: { projectRoot: string; original?: Uint8Array; force?: boolean; progress?: Progress; failAfter?: string },
): Promise<LoadResult> {
  const q = library(opts.projectRoot);
  return db.writeTransaction(async (tx) => {
    const [identity] = await collect(tx, q.get("plan-identity"), identityParams(doc));
    const batch = buildGraphBatch(doc, identity.id as string);
    const replacedFile = identity.file && identity.file !== doc.file ? { replacedFile: identity.file as string } : {};
    const counts = {
      tasks: batch.tasks.length,
      indicators: batch.indicators.length,
      departments: batch.departments.length,
      unitEdges: batch.unitEdges.length,
      actingEdges: batch.actingEdges.length,
      actsAsEdges: batch.actsAsEdges.length,
      citations: batch.citations.length,
    };
    const run = async (name: string, params: Row) => {
      opts.progress?.(name);
      await collect(tx, q.get(name), params);
      // A test hook: fail after a given statement, to prove the transaction rolls back whole.
      if (opts.failAfter === name) throw new Error(`load of ${doc.file} failed on purpose after ${name}`);
    };
    const [existing] = await collect(tx, q.get("plan-hash"), { planId: batch.planId });
    if (!opts.force && existing?.loaded === true && existing.contentHash === doc.contentHash) {
      return { planId: batch.planId, outcome: "unchanged" as const, ...replacedFile, counts };
    }
    const planId = batch.planId;
    // The same bytes under another file name would be a second plan doubling every task and unit.
    const [twin] = await collect(tx, q.get("plan-by-content"), { contentHash: doc.contentHash, planId });
    if (twin) {
      throw new IngestError(doc.file, `the same content is already loaded as ${twin.id} (from ${twin.file}); a duplicate is not loaded under another name`);
    }
    // Recorded with the content, in the same transaction: `loadedVersion` checks them against the graph.
    batch.plan.loadedTasks = counts.tasks;
    batch.plan.loadedIndicators = counts.indicators;
    // What the replaced version pointed at: only these can be left orphaned by this load.
    const ids = async (name: string) => (existing ? (await collect(tx, q.get(name), { planId })).map((r) => r.id as string) : []);
    const touchedDepartments = await ids("plan-departments");
    const touchedCitations = await ids("plan-cited");
    await run("delete-plan-content", { planId });
    await run("delete-plan-citations", { planId });
    await run("merge-regions", { regions: batch.regions });
    await run("merge-plan", { plan: batch.plan });
    await run("merge-citations", { planId, citations: batch.citations });
    await run("create-tasks", { tasks: batch.tasks });
    await run("link-task-parents", { tasks: batch.tasks });
    await run("merge-departments", { departments: batch.departments });
    await run("create-unit-edges", { edges: batch.unitEdges });
    await run("create-acting-edges", { edges: batch.actingEdges });
    await run("create-acts-as-edges", { edges: batch.actsAsEdges });
    await run("create-indicators", { indicators: batch.indicators });
    await run("merge-document", { document: batch.document, original: opts.original ? bytesParam(opts.original) : null });
    await run("remove-orphan-departments", { ids: touchedDepartments });
    await run("remove-orphan-citations", { ids: touchedCitations });
    // In this transaction: API answers cached under the old version are stale exactly when this commits.
    await run("bump-graph-version", {});
    return { planId, outcome: existing?.loaded ? ("replaced" as const) : ("created" as const), ...replacedFile, counts };
  });
}

const identityParams = (doc: PlanDocument) => ({
  planId: planIdOf(doc.file),
  titleKey: titleKey(doc.meta.title),
  docNumberKey: doc.meta.docNumber ? docNumberKey(doc.meta.docNumber) : null,
});

/** The driver stores an Int8Array as a Neo4j byte array. */
const bytesParam = (bytes: Uint8Array) => new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * Which version of a document the graph holds: `current` when the loaded content
 * hash equals the file's, `other-version` when another one is loaded, `not-loaded`.
 * `complete` compares the task and indicator counts recorded at load time with what
 * is there now (null for plans loaded before counts were recorded).
 */
export interface LoadedVersion {
  planId: string;
  state: "current" | "other-version" | "not-loaded";
  fileHash: string;
  loadedHash: string | null;
  complete: boolean | null;
  tasks: number;
  indicators: number;
}

export async function loadedVersion(db: Database, doc: PlanDocument, opts: { projectRoot: string }): Promise<LoadedVersion> {
  const q = library(opts.projectRoot);
  const [identity] = await db.read("plan-identity", q.get("plan-identity"), identityParams(doc));
  const planId = identity.id as string;
  const [row] = await db.read("plan-status", q.get("plan-status"), { planId });
  const loadedHash = row?.loaded === true ? (row.contentHash as string) : null;
  const state = loadedHash === null ? "not-loaded" : loadedHash === doc.contentHash ? "current" : "other-version";
  const recorded = row?.expectedTasks !== null && row?.expectedTasks !== undefined;
  const complete = loadedHash === null || !recorded ? null : row.tasks === row.expectedTasks && row.indicators === row.expectedIndicators;
  return { planId, state, fileHash: doc.contentHash, loadedHash, complete, tasks: row.tasks as number, indicators: row.indicators as number };
}

export { planIdOf };

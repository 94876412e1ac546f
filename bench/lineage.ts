import * as path from "path";
import type { Database, Row } from "../src/db";
import { taskIdOf, type TruthDocument } from "../src/generate";

/**
 * Lineage is being built in src/lineage by another engineer. The benchmark calls its
 * entry point, `updateLineage(db, [{ planId, text }], { projectRoot })` of
 * src/lineage/update.ts, when the build has it, and reports "not available"
 * otherwise, so that this file compiles whatever state lineage is in.
 */
interface LineageModule {
  updateLineage(db: Database, inputs: { planId: string; text: string }[], opts: { projectRoot: string }): Promise<{ outcome: string }[]>;
}

export function lineageEntryPoint(distDir: string): LineageModule | undefined {
  try {
    const mod = require(path.join(distDir, "src", "lineage", "update")) as Partial<LineageModule>;
    return typeof mod.updateLineage === "function" ? (mod as LineageModule) : undefined;
  } catch {
    return undefined;
  }
}

export interface LineageScore {
  /** Links the generator built between the generated plans in the graph. */
  truth: number;
  /** IMPLEMENTS edges found whose local task belongs to a generated plan. */
  found: number;
  correct: number;
  precision: number;
  recall: number;
  /** The same, for tasks and box items only (leaving out chapters, sections and boxes). */
  items: { truth: number; found: number; correct: number; precision: number; recall: number };
}

const ITEM_KINDS = new Set(["TASK", "SUBTASK", "COLUMN_ITEM"]);

/** Precision and recall of Task-[:IMPLEMENTS]->Task against the generator's truth. */
export async function scoreLineage(db: Database, documents: TruthDocument[]): Promise<LineageScore> {
  const planIds = documents.map((d) => d.planId);
  const rows: Row[] = await db.read(
    "bench/lineage-edges",
    `UNWIND $planIds AS planId
     MATCH (a:Task {planId: planId})-[:IMPLEMENTS]->(b:Task)
     RETURN a.id AS from, b.id AS to, a.kind AS kind`,
    { planIds },
  );
  const truth = new Map<string, string>();
  for (const d of documents) {
    for (const l of d.links) truth.set(`${taskIdOf(d.file, l.path)}>${taskIdOf(d.parentFile!, l.upstream)}`, l.kind);
  }
  const score = (keep: (kind: string) => boolean) => {
    const found = rows.filter((r) => keep(r.kind as string));
    const correct = found.filter((r) => truth.has(`${r.from}>${r.to}`)).length;
    const t = [...truth.values()].filter(keep).length;
    return { truth: t, found: found.length, correct, precision: round(correct / found.length), recall: round(correct / t) };
  };
  return { ...score(() => true), items: score((k) => ITEM_KINDS.has(k)) };
}

const round = (x: number) => (Number.isFinite(x) ? Math.round(x * 1000) / 1000 : NaN);

import * as fs from "fs";
import * as path from "path";
import { buildGraphBatch } from "../../src/ingest/graph-model";
import { parseDocument } from "../../src/ingest/parse";
import type { LineageParams } from "../../src/lineage/params";
import { implementsPair, PlanTasks } from "../../src/lineage/match/plan-pair";
import { LineageTask, prepareTasks } from "../../src/lineage/text/task-text";

/**
 * IMPLEMENTS measured on the generated provincial + city pair of
 * test/fixtures/lineage (truth.json says which city task carries out which
 * provincial task, or none). The seeds hold no such pair.
 */
export interface ImplementsTruth {
  upstream: string;
  local: string;
  implements: Record<string, string | null>;
}

export interface ImplementsScore {
  expected: number;
  found: number;
  correct: number;
  /** City-only tasks that were linked anyway. */
  spurious: number;
  precision: number;
  recall: number;
}

export function loadFixturePlan(projectRoot: string, file: string): PlanTasks {
  const batch = buildGraphBatch(parseDocument(file, fs.readFileSync(path.join(projectRoot, file))));
  return { planId: batch.planId, tasks: prepareTasks(batch.tasks as unknown as LineageTask[]) };
}

export function runImplementsBenchmark(projectRoot: string, params: LineageParams): ImplementsScore {
  const truth = JSON.parse(fs.readFileSync(path.join(projectRoot, "test", "fixtures", "lineage", "truth.json"), "utf8")) as ImplementsTruth;
  const upstream = loadFixturePlan(projectRoot, truth.upstream);
  const local = loadFixturePlan(projectRoot, truth.local);
  const links = implementsPair(local, upstream, params).links;
  let correct = 0;
  let spurious = 0;
  for (const l of links) {
    const want = truth.implements[l.a.task.path];
    if (want === l.b.task.path) correct++;
    else if (want === null) spurious++;
  }
  const expected = Object.values(truth.implements).filter((v) => v !== null).length;
  return { expected, found: links.length, correct, spurious, precision: links.length ? correct / links.length : 1, recall: expected ? correct / expected : 1 };
}

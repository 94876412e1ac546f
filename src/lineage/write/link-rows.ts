import type { Row } from "../../db";
import { type Evidence, evidenceOf, round } from "../match/evidence";
import type { Elaboration } from "../match/elaborates";
import type { Candidate } from "../match/matcher";
import type { Features, PairScorer } from "../match/scorer";

/**
 * A matched pair as the relationship the graph stores. Neo4j relationship
 * properties cannot be maps, so evidence is flat lists (aligned sentences as
 * parallel lists: as compared, as printed, their lines) and the four feature
 * similarities are separate numbers.
 * `sortKey` = the start task's sortKey, the relation and the end task's id:
 * links page in document order.
 */
export interface LinkRow {
  fromId: string;
  toId: string;
  props: Row;
}

export type SortKeys = Map<string, string>;

function props(c: Candidate, scorer: PairScorer, method: string, relation: string, sortKeys: SortKeys): Row {
  return {
    score: round(c.score),
    method,
    ...evidenceProps(evidenceOf(c, scorer), c.features),
    sortKey: `${sortKeys.get(c.a.task.id) ?? c.a.task.id}|${relation}|${c.b.task.id}`,
  };
}

/** A link's evidence and similarities as flat properties (aligned sentences as parallel lists). */
function evidenceProps(e: Evidence, features: Features): Row {
  return {
    phrases: e.phrases,
    fromSentences: e.aligned.map((a) => a.from.compared),
    toSentences: e.aligned.map((a) => a.to.compared),
    alignScores: e.aligned.map((a) => a.score),
    fromTexts: e.aligned.map((a) => a.from.printed),
    toTexts: e.aligned.map((a) => a.to.printed),
    // Lists cannot hold null: line 0 is a task read without its source (never one loaded from a document).
    fromLines: e.aligned.map((a) => a.from.line ?? 0),
    fromEndLines: e.aligned.map((a) => a.from.endLine ?? 0),
    toLines: e.aligned.map((a) => a.to.line ?? 0),
    toEndLines: e.aligned.map((a) => a.to.endLine ?? 0),
    titleSimilarity: round(features.title),
    bodySimilarity: round(features.body),
    phraseSimilarity: round(features.phrase),
    contextSimilarity: round(features.context),
  };
}

/** SAME_TASK_AS found by text similarity alone. */
export function sameTaskRow(c: Candidate, scorer: PairScorer, sortKeys: SortKeys): LinkRow {
  return { fromId: c.a.task.id, toId: c.b.task.id, props: props(c, scorer, "text", "SAME_TASK_AS", sortKeys) };
}

/** Task IMPLEMENTS: the plan-level link (citation or structure) combined with text similarity; `planBasis` says which. */
export function implementsRow(c: Candidate, scorer: PairScorer, sortKeys: SortKeys, planBasis: string[]): LinkRow {
  return { fromId: c.a.task.id, toId: c.b.task.id, props: { ...props(c, scorer, "combined", "IMPLEMENTS", sortKeys), planBasis } };
}

/**
 * COVERS: a section or 专栏 box of one plan covers an item of another (a broader and a
 * narrower statement of one task), stored from the container. `grouping`: a box's
 * cover joins the item's group; a section's stays a link (a section holds several tasks).
 */
export function coversRow(c: Candidate, scorer: PairScorer, sortKeys: SortKeys): LinkRow {
  return { fromId: c.a.task.id, toId: c.b.task.id, props: { ...props(c, scorer, c.method ?? "text", "COVERS", sortKeys), grouping: coversJoinGroups(c) } };
}

/** A box's cover joins groups, and so does a cover of a 专栏 project's step (its project is one task); a section's does not. */
export const coversJoinGroups = (c: Candidate): boolean => c.a.task.kind === "COLUMN" || !!c.b.projectBox;

/** ELABORATES: a 专栏 box details a task of its own plan (elaborates.ts), with the box's and the task's aligned sentences as evidence. */
export function elaboratesRow(e: Elaboration, sortKeys: SortKeys): LinkRow {
  return {
    fromId: e.box.task.id,
    toId: e.task.task.id,
    props: {
      score: round(e.score),
      method: "structure",
      ...evidenceProps(e.evidence, e.features),
      sortKey: `${sortKeys.get(e.box.task.id) ?? e.box.task.id}|ELABORATES|${e.task.task.id}`,
    },
  };
}

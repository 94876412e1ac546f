import type { Row } from "../db";
import { viewLink } from "../lineage/api/link-view";

/**
 * A stored lineage link as an export row, in the names of GraphQL's `LineageLink`
 * (task links) and `PlanLineageLink` (plan links): `from.id` → `fromId`,
 * `similarity.title` → `similarityTitle`, `alignedSentences` a list of objects. The
 * task-link view (direction, evidence lines) is the API's own, so both read the same.
 * `level` says which of the two a row is; fields the other type lacks are null.
 */
export function lineageRow(row: Row): Row {
  const ends = {
    relation: row.relation,
    level: row.level,
    fromId: row.fromId,
    fromPlanId: row.fromPlanId,
    toId: row.toId,
    toPlanId: row.toPlanId,
    score: row.score,
    method: row.method,
  };
  if (row.level === "PLAN") {
    return { ...ends, direction: "UPSTREAM", evidence: (row.evidence as string[] | null) ?? [] };
  }
  const v = viewLink({ ...row, outgoing: true, from: { id: row.fromId }, other: { id: row.toId } });
  return {
    ...ends,
    direction: v.direction,
    sharedPhrases: v.sharedPhrases,
    alignedSentences: v.alignedSentences,
    similarityTitle: v.similarity.title,
    similarityBody: v.similarity.body,
    similarityPhrase: v.similarity.phrase,
    similarityContext: v.similarity.context,
    evidence: v.evidence,
  };
}

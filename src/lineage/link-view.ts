import type { Row } from "../db";

/**
 * A stored link seen from one of its tasks. `from` is always the task the
 * question started at: a link read against its stored direction swaps its
 * aligned sentences, and `direction` says which way IMPLEMENTS points.
 */
export type Direction = "UPSTREAM" | "DOWNSTREAM" | "PEER";

export interface LinkView {
  from: Row;
  to: Row;
  relation: "IMPLEMENTS" | "SAME_TASK_AS";
  direction: Direction;
  score: number;
  method: string;
  sharedPhrases: string[];
  alignedSentences: { fromSentence: string; toSentence: string; similarity: number }[];
  similarity: { title: number; body: number; phrase: number; context: number };
  evidence: string[];
  depth: number | null;
  sortKey: string;
}

/** `row`: the relationship's properties with `relation`, `outgoing` (stored start = `from`), `from` and `other` task rows. */
export function viewLink(row: Row): LinkView {
  const outgoing = row.outgoing !== false;
  const relation = row.relation as LinkView["relation"];
  const fromSentences = (row.fromSentences as string[] | null) ?? [];
  const toSentences = (row.toSentences as string[] | null) ?? [];
  const scores = (row.alignScores as number[] | null) ?? [];
  const [mine, theirs] = outgoing ? [fromSentences, toSentences] : [toSentences, fromSentences];
  const alignedSentences = mine.map((s, i) => ({ fromSentence: s, toSentence: theirs[i] ?? "", similarity: scores[i] ?? 0 }));
  const similarity = {
    title: (row.titleSimilarity as number) ?? 0,
    body: (row.bodySimilarity as number) ?? 0,
    phrase: (row.phraseSimilarity as number) ?? 0,
    context: (row.contextSimilarity as number) ?? 0,
  };
  const sharedPhrases = (row.phrases as string[] | null) ?? [];
  const score = row.score as number;
  const method = row.method as string;
  return {
    from: row.from as Row,
    to: row.other as Row,
    relation,
    direction: relation === "SAME_TASK_AS" ? "PEER" : outgoing ? "UPSTREAM" : "DOWNSTREAM",
    score,
    method,
    sharedPhrases,
    alignedSentences,
    similarity,
    evidence: evidenceLines(score, method, similarity, sharedPhrases, alignedSentences, (row.planBasis as string[] | null) ?? []),
    depth: (row.depth as number | undefined) ?? null,
    sortKey: row.sortKey as string,
  };
}

/** The evidence as lines a person reads: how it scored, what both name, which sentences align, and any plan-level basis. */
export function evidenceLines(
  score: number,
  method: string,
  s: LinkView["similarity"],
  phrases: string[],
  aligned: LinkView["alignedSentences"],
  planBasis: string[],
): string[] {
  const f = (x: number) => x.toFixed(2);
  return [
    `score ${f(score)} by ${method}: title ${f(s.title)}, text ${f(s.body)}, phrases ${f(s.phrase)}, sections ${f(s.context)}`,
    ...(phrases.length ? [`shared phrases: ${phrases.join("、")}`] : []),
    ...aligned.map((a) => `aligned (${f(a.similarity)}): 「${a.fromSentence}」 ~ 「${a.toSentence}」`),
    ...planBasis.map((b) => `plan basis: ${b}`),
  ];
}

import type { Row } from "../../db";

/**
 * A stored link seen from one of its tasks. `from` is always the task the
 * question started at: a link read against its stored direction swaps its
 * aligned sentences, and `direction` says which way IMPLEMENTS points.
 */
export type Direction = "UPSTREAM" | "DOWNSTREAM" | "PEER" | "BROADER" | "NARROWER";

/** The relations a link is read as; PART_OF is a stored COVERS read from its item. */
export type Relation = "IMPLEMENTS" | "SAME_TASK_AS" | "COVERS" | "PART_OF" | "ELABORATES";

/** A stored relationship type read from one end (`outgoing`: that end is its start): the relation and where the other end stands. */
export function seenFrom(type: string, outgoing: boolean): { relation: Relation; direction: Direction } {
  switch (type) {
    case "SAME_TASK_AS":
      return { relation: "SAME_TASK_AS", direction: "PEER" };
    case "COVERS":
      return outgoing ? { relation: "COVERS", direction: "NARROWER" } : { relation: "PART_OF", direction: "BROADER" };
    case "ELABORATES":
      return { relation: "ELABORATES", direction: outgoing ? "BROADER" : "NARROWER" };
    default:
      return { relation: "IMPLEMENTS", direction: outgoing ? "UPSTREAM" : "DOWNSTREAM" };
  }
}

/** One aligned pair as GraphQL's `AlignedSentence`: as compared, as printed, and where printed. Null: stored before lines were kept. */
export interface AlignedView {
  fromSentence: string;
  toSentence: string;
  similarity: number;
  fromText: string | null;
  fromLine: number | null;
  fromEndLine: number | null;
  toText: string | null;
  toLine: number | null;
  toEndLine: number | null;
}

export interface LinkView {
  from: Row;
  to: Row;
  relation: Relation;
  direction: Direction;
  score: number;
  method: string;
  sharedPhrases: string[];
  alignedSentences: AlignedView[];
  similarity: { title: number; body: number; phrase: number; context: number };
  evidence: string[];
  depth: number | null;
  sortKey: string;
}

/** `row`: the relationship's properties with `relation`, `outgoing` (stored start = `from`), `from` and `other` task rows. */
export function viewLink(row: Row): LinkView {
  const outgoing = row.outgoing !== false;
  const { relation, direction } = seenFrom(row.relation as string, outgoing);
  const stored = (end: "from" | "to") => ({
    sentences: (row[`${end}Sentences`] as string[] | null) ?? [],
    texts: (row[`${end}Texts`] as string[] | null) ?? [],
    lines: (row[`${end}Lines`] as number[] | null) ?? [],
    endLines: (row[`${end}EndLines`] as number[] | null) ?? [],
  });
  const scores = (row.alignScores as number[] | null) ?? [];
  const [mine, theirs] = outgoing ? [stored("from"), stored("to")] : [stored("to"), stored("from")];
  const printed = (side: ReturnType<typeof stored>, i: number) => ({
    text: side.texts[i] ?? null,
    line: side.lines[i] || null,
    endLine: side.endLines[i] || side.lines[i] || null,
  });
  const alignedSentences = mine.sentences.map((s, i): AlignedView => {
    const [a, b] = [printed(mine, i), printed(theirs, i)];
    return {
      fromSentence: s,
      toSentence: theirs.sentences[i] ?? "",
      similarity: scores[i] ?? 0,
      fromText: a.text,
      fromLine: a.line,
      fromEndLine: a.endLine,
      toText: b.text,
      toLine: b.line,
      toEndLine: b.endLine,
    };
  });
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
    direction,
    score,
    method,
    sharedPhrases,
    alignedSentences,
    similarity,
    evidence:
      relation === "ELABORATES"
        ? [
            `score ${score.toFixed(2)} by ${method}: a 专栏 box and the task printed beside it whose text it is most alike (the text cosine)`,
            ...evidenceLines(score, method, similarity, sharedPhrases, alignedSentences, []).slice(1),
          ]
        : evidenceLines(score, method, similarity, sharedPhrases, alignedSentences, (row.planBasis as string[] | null) ?? []),
    depth: (row.depth as number | undefined) ?? null,
    sortKey: row.sortKey as string,
  };
}

/**
 * The evidence as lines a person reads: how it scored, what both name, which
 * sentences align (as printed, with their lines; a page break inside one is closed
 * up), and any plan-level basis.
 */
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
    ...aligned.map((a) => `aligned (${f(a.similarity)}): ${quote(a.fromSentence, a.fromText, a.fromLine, a.fromEndLine)} ~ ${quote(a.toSentence, a.toText, a.toLine, a.toEndLine)}`),
    ...planBasis.map((b) => `plan basis: ${b}`),
  ];
}

/** `「原文」 (line 73)`, or the compared form alone for a link stored before printed text was kept. */
function quote(compared: string, printed: string | null, line: number | null, endLine: number | null): string {
  if (printed == null) return `「${compared}」`;
  const text = printed.replace(/\s*\n\s*/g, "");
  if (line == null) return `「${text}」`;
  return `「${text}」 (${endLine != null && endLine > line ? `lines ${line}–${endLine}` : `line ${line}`})`;
}

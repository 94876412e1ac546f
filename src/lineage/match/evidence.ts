import { isBlockingConcept } from "../text/lexicon";
import type { Candidate } from "./matcher";
import type { PairScorer } from "./scorer";
import type { TaskSentence } from "../text/task-sentences";
import { grams } from "../text/tokenize";
import { cosine } from "../text/vectors";

/**
 * What an auditor reads to judge a link: the lexicon concepts both tasks name
 * (specific ones first) and the sentences of the two texts that align best, with
 * their similarity. Sentences are aligned in the simplified, punctuation-folded form
 * the scorer compares, and each carries its text as printed and its lines.
 */
export interface Evidence {
  phrases: string[];
  aligned: AlignedPair[];
}

export interface AlignedPair {
  from: TaskSentence;
  to: TaskSentence;
  score: number;
}

const MAX_ALIGNED = 2;

export function evidenceOf(c: Candidate, scorer: PairScorer): Evidence {
  const inB = new Set(c.b.concepts);
  const phrases = c.a.concepts
    .filter((k) => inB.has(k))
    .sort((x, y) => Number(isBlockingConcept(y)) - Number(isBlockingConcept(x)) || scorer.conceptWeight(y) - scorer.conceptWeight(x));
  const vb = c.b.sentences.map((s) => scorer.idf.vector(grams(s.compared)));
  const pairs: AlignedPair[] = [];
  for (const s of c.a.sentences) {
    const va = scorer.idf.vector(grams(s.compared));
    let best = -1;
    let at = -1;
    vb.forEach((v, i) => {
      const x = cosine(va, v);
      if (x > best) [best, at] = [x, i];
    });
    if (at >= 0 && best > 0) pairs.push({ from: s, to: c.b.sentences[at], score: round(best) });
  }
  const aligned: AlignedPair[] = [];
  const usedTo = new Set<string>();
  for (const p of pairs.sort((x, y) => y.score - x.score)) {
    if (aligned.length >= MAX_ALIGNED) break;
    if (usedTo.has(p.to.compared)) continue;
    usedTo.add(p.to.compared);
    aligned.push(p);
  }
  return { phrases, aligned };
}

export const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

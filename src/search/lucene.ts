import { blankInvisible, foldPunctuation, toSimplified } from "../common/text-keys";

/**
 * User text → a Lucene query for the `search` full-text index, never interpreted as
 * Lucene syntax: each whitespace-separated term becomes a quoted phrase (only `"`
 * and `\` need escaping inside quotes). The cjk analyzer indexes character bigrams,
 * so a one-character term cannot match as a phrase: it becomes a prefix query on
 * the escaped character instead.
 */
export function toLuceneQuery(text: string): string | null {
  const terms = searchTerms(text);
  if (!terms.length) return null;
  return terms.map((t) => ([...t].length === 1 ? `${escapeTerm(t)}*` : `"${t.replace(/[\\"]/g, (c) => `\\${c}`)}"`)).join(" ");
}

/** The query as the index sees text: simplified, folded punctuation, invisible characters dropped (as matchKey drops them), at most 10 terms. */
export function searchTerms(text: string): string[] {
  const clean = blankInvisible(foldPunctuation(toSimplified(text.slice(0, 500))));
  return clean
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 10);
}

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

function escapeTerm(term: string): string {
  return term.replace(SPECIAL, (c) => `\\${c}`);
}

import { BadUserInputError } from "../errors";
import { searchTerms, toLuceneQuery } from "./lucene";

/** `search(text, first)` checked: the Lucene query (escaped, quoted terms), the number of hits, the terms snippets mark. */
export function searchArgs(text: string, first: number | null | undefined, maxFirst: number): { query: string; limit: number; terms: string[] } {
  const limit = first ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > maxFirst) {
    throw new BadUserInputError(`first must be an integer from 1 to ${maxFirst}, got ${first}`, "first");
  }
  if (text.length > 10_000) throw new BadUserInputError(`text must be at most 10000 characters, got ${text.length}`, "text");
  const query = toLuceneQuery(text);
  if (!query) throw new BadUserInputError("text must contain something to search for", "text");
  return { query, limit, terms: searchTerms(text) };
}

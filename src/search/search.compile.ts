import { expression, list, property, via } from "../compile/fields";
import type { FieldCompilers } from "../compile/types";
import { searchArgs } from "./search.args";
import { snippet } from "./snippet";

/** Search as Cypher (cypher/fragments/search): a hit is `{node, score, terms}`; its snippet is cut here, as the resolver cuts it. */
export const searchFields: FieldCompilers = {
  "Query.search": list("search/hits", (a, ctx) => searchArgs(a.text, a.first, ctx.maxFirst)),
  "SearchHit.node": via((hit) => `${hit}.node`),
  "SearchHit.score": property("score"),
  "SearchHit.snippet": expression("search/snippet", (v: { shown: string[]; terms: string[] }) => snippet(v.shown.join(" "), v.terms)),
};

import { Arg, Ctx, Field, Float, Int, ObjectType, Query, Resolver } from "type-graphql";
import { Node } from "../common/node.type";
import type { Context } from "../context";
import type { Row } from "../db";
import { BadUserInputError } from "../errors";
import { searchTerms, toLuceneQuery } from "./lucene";
import { snippet } from "./snippet";

@ObjectType({ description: "A search result." })
export class SearchHit {
  @Field(() => Node, { description: "The task, indicator, plan or department found." })
  node!: Row;

  @Field(() => Float, { description: "Relevance score from the full-text index (higher is better)." })
  score!: number;

  @Field({ description: "An excerpt around the first match, the match wrapped in «»." })
  snippet!: string;
}

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description: "Full-text search over tasks, indicators, plans and departments. Simplified finds traditional and back; the text is never read as Lucene syntax.",
  })
  async search(
    @Ctx() ctx: Context,
    @Arg("text", { description: "What to look for, in simplified or traditional characters; several words are alternatives." }) text: string,
    @Arg("first", () => Int, { nullable: true, description: "Number of hits (default 20, at most MAX_PAGE_SIZE)." }) first?: number,
  ): Promise<SearchHit[]> {
    const limit = first ?? 20;
    if (!Number.isInteger(limit) || limit < 1 || limit > ctx.config.graphql.maxFirst) {
      throw new BadUserInputError(`first must be an integer from 1 to ${ctx.config.graphql.maxFirst}, got ${first}`, "first");
    }
    if (text.length > 10_000) throw new BadUserInputError(`text must be at most 10000 characters, got ${text.length}`, "text");
    const query = toLuceneQuery(text);
    if (!query) throw new BadUserInputError("text must contain something to search for", "text");
    const terms = searchTerms(text);
    const rows = await ctx.read("search/fulltext", { query, limit });
    return rows.map((r) => {
      const node = r.node as Row;
      const shown = [node.title, node.name, node.text].filter((x): x is string => typeof x === "string").join(" ");
      return { node, score: r.score as number, snippet: snippet(shown, terms) };
    });
  }
}

import { Arg, Ctx, Field, Float, Int, ObjectType, Query, Resolver } from "type-graphql";
import { Node } from "../common/node.type";
import type { Context } from "../context";
import type { Row } from "../db";
import { searchArgs } from "./search.args";
import { snippet } from "./snippet";

@ObjectType({ simpleResolvers: true, description: "A search result." })
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
    const { query, limit, terms } = searchArgs(text, first, ctx.config.graphql.maxFirst);
    const rows = await ctx.read("search/fulltext", { query, limit });
    return rows.map((r) => {
      const node = r.node as Row;
      const shown = [node.title, node.name, node.text].filter((x): x is string => typeof x === "string").join(" ");
      return { node, score: r.score as number, snippet: snippet(shown, terms) };
    });
  }
}

import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import type { Row } from "../db";
import { Plan } from "./plan.type";
import { SourceLine } from "./source-line.type";
import { checkLineRange, MAX_SOURCE_LINES, SourceLineRow, sourceLines } from "./source-lines";

/** The document's own text around a fact, so a client can show the printed lines behind an answer. */
@Resolver(() => Plan)
export class PlanSourceResolver {
  @FieldResolver(() => [SourceLine], {
    nullable: true,
    description: `Lines \`from\`..\`to\` of the document as it was read (both 1-based and inclusive, at most ${MAX_SOURCE_LINES}), numbered as \`Source.line\` counts; lines past the end are left out. Null for a plan only cited, whose text is not loaded.`,
  })
  async sourceLines(
    @Root() plan: Row,
    @Ctx() ctx: Context,
    @Arg("from", () => Int, { description: "First line (1-based)." }) from: number,
    @Arg("to", () => Int, { description: "Last line (inclusive)." }) to: number,
  ): Promise<SourceLineRow[] | null> {
    checkLineRange(from, to);
    const text = (await ctx.loaders.planText.load(plan.id as string))?.text;
    return typeof text === "string" ? sourceLines(text, from, to) : null;
  }
}

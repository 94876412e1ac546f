import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import type { Row } from "../db";
import { Plan } from "../plans/plan.type";
import { documentPaths } from "./routes";
import { RemovedContent, removedOf, SourceDocument } from "./source-document.type";

/** Plan.document and the served paths of a SourceDocument, for queries the compiler leaves to resolvers. */
@Resolver(() => SourceDocument)
export class SourceDocumentResolver {
  @FieldResolver(() => [RemovedContent])
  removed(@Root() document: Row): RemovedContent[] {
    return removedOf(document.removed as string[]);
  }

  @FieldResolver(() => String)
  textUrl(@Root() document: Row): string {
    return documentPaths(document.planId as string).text;
  }

  @FieldResolver(() => String)
  originalUrl(@Root() document: Row): string {
    return documentPaths(document.planId as string).original;
  }
}

@Resolver(() => Plan)
export class PlanDocumentResolver {
  @FieldResolver(() => SourceDocument, {
    nullable: true,
    description: "The document this plan was read from (format, encoding, what extraction left out, where its text and original are served); null for a plan only cited.",
  })
  document(@Root() plan: Row, @Ctx() ctx: Context): Promise<Row | null> {
    return ctx.loaders.planDocument.load(plan.id as string);
  }
}

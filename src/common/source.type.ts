import { Field, Int, ObjectType } from "type-graphql";
import type { Row } from "../db";

@ObjectType({ simpleResolvers: true, description: "Where a fact is printed in its source document (provenance)." })
export class Source {
  @Field({ description: "The document as loaded, e.g. `seeds/001_aa40d479269d3f1a.txt`." })
  file!: string;

  @Field(() => Int, { description: "1-based line where the item starts." })
  line!: number;

  @Field(() => Int, { description: "1-based line where the item ends." })
  endLine!: number;

  @Field(() => Int, { description: "0-based character offset of the start in the decoded document." })
  startOffset!: number;

  @Field(() => Int, { description: "0-based character offset just past the end." })
  endOffset!: number;

  @Field({ description: "The exact text as printed (traditional stays traditional)." })
  text!: string;

  @Field(() => Int, { nullable: true, description: "1-based page of a PDF where the item starts; null for documents without pages (text, web pages, Word files)." })
  page?: number | null;
}

/** Nodes and edges store their provenance as flat `source*` properties; this reads them back. */
export function sourceOf(row: Row): Source | null {
  if (row.sourceFile == null) return null;
  return {
    file: row.sourceFile as string,
    line: row.sourceLine as number,
    endLine: row.sourceEndLine as number,
    startOffset: row.sourceStartOffset as number,
    endOffset: row.sourceEndOffset as number,
    text: row.sourceText as string,
    page: (row.sourcePage as number | undefined) ?? null,
  };
}

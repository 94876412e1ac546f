import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "One line of a loaded document's text as it was read: what a source view shows around a fact." })
export class SourceLine {
  @Field(() => Int, { description: "1-based line number, as `Source.line` counts." })
  number!: number;

  @Field(() => Int, { description: "0-based character offset of the line's first character in the decoded document, as `Source.startOffset` counts." })
  offset!: number;

  @Field({ description: "The line as printed (traditional stays traditional), without its line break." })
  text!: string;
}

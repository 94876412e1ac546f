import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ simpleResolvers: true, description: "Something extraction left out of a published file by rule, counted." })
export class RemovedContent {
  @Field({ description: "The rule, in words: script, navigation, page header, page number, footer …" })
  rule!: string;

  @Field(() => Int, { description: "How many elements (web page) or printed lines (PDF) it removed." })
  count!: number;

  @Field(() => String, { nullable: true, description: "The first one removed, shortened: check that the rule ate no content." })
  sample?: string | null;
}

/** SourceDocument.removed is stored as `rule<TAB>count<TAB>sample` strings (Neo4j keeps no lists of maps). */
export function removedOf(stored: string[] | null | undefined): RemovedContent[] {
  return (stored ?? []).map((entry) => {
    const [rule, count, ...sample] = entry.split("\t");
    return { rule, count: Number(count), sample: sample.join("\t") || null };
  });
}

@ObjectType({
  simpleResolvers: true,
  description:
    "The document a plan was read from: the file as published and the text extracted from it, which every `Source` line and offset of the plan points into.",
})
export class SourceDocument {
  @Field({ description: "The file as loaded, e.g. `seeds/001_aa40d479269d3f1a.txt` or `plans/jiangxi.pdf`." })
  file!: string;

  @Field({ description: "How it was read: `text`, `html`, `docx` or `pdf` (chosen by content, not by the file's extension)." })
  format!: string;

  @Field({ description: "The encoding it was decoded from (`utf-8`, `gb18030`, `utf-8 with BOM`), or how text was taken out of it (`pdf text layer`)." })
  encoding!: string;

  @Field({ description: "Hash of the extracted text: loading the same text again changes nothing." })
  contentHash!: string;

  @Field(() => Int, { description: "Lines of the extracted text." })
  lineCount!: number;

  @Field(() => [RemovedContent], { description: "What extraction left out by rule (page headers and numbers, scripts, navigation …), one entry per rule; empty for text." })
  removed!: RemovedContent[];

  @Field({ description: "Whether the original file is kept (a plan loaded without it serves only its text)." })
  hasOriginal!: boolean;

  @Field({ description: "Where the extracted text is served (UTF-8, the lines `Source` counts)." })
  textUrl!: string;

  @Field({ description: "Where the file as published is served (a PDF in place; web pages and Word files as downloads)." })
  originalUrl!: string;
}

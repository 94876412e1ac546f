import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { connectionTypes } from "../../common/connection";
import { Task } from "../../tasks/task.type";

export enum LineageRelation {
  IMPLEMENTS = "IMPLEMENTS",
  SAME_TASK_AS = "SAME_TASK_AS",
  COVERS = "COVERS",
  PART_OF = "PART_OF",
  ELABORATES = "ELABORATES",
}
registerEnumType(LineageRelation, {
  name: "LineageRelation",
  description: "How two outline items are related: the same task at the same grain, across grains (a section or box and an item of another plan), a box and the task of its own plan it details, or a task carrying out an upstream one.",
  valuesConfig: {
    IMPLEMENTS: { description: "One task carries out the other, of a plan its own plan implements (a city task → the provincial task)." },
    SAME_TASK_AS: { description: "The same policy task in two plans, stated at the same grain (two items, or two sections or boxes)." },
    COVERS: { description: "`from` is a chapter, section or 专栏 box of one plan that holds the task `to`, an item of another plan, states (broader → narrower). Stored from the container." },
    PART_OF: { description: "`from` is an item of one plan that a chapter, section or 专栏 box `to` of another plan covers: a COVERS link read from its narrower end." },
    ELABORATES: { description: "Within one plan: a 专栏 box and the task it details (the box's projects are that task's). From the box, `to` is the task; from the task, `to` is the box." },
  },
});

export enum LineageDirection {
  UPSTREAM = "UPSTREAM",
  DOWNSTREAM = "DOWNSTREAM",
  PEER = "PEER",
  BROADER = "BROADER",
  NARROWER = "NARROWER",
}
registerEnumType(LineageDirection, {
  name: "LineageDirection",
  description: "Where `to` stands relative to `from`.",
  valuesConfig: {
    UPSTREAM: { description: "`from` IMPLEMENTS `to`." },
    DOWNSTREAM: { description: "`to` IMPLEMENTS `from`." },
    PEER: { description: "SAME_TASK_AS: neither implements the other." },
    BROADER: { description: "`to` states more than `from`: the container that covers it (PART_OF), or the task a box details (ELABORATES from the box)." },
    NARROWER: { description: "`to` states less than `from`: an item it covers (COVERS), or the box that details it (ELABORATES from the task)." },
  },
});

const OLDER = "Null only for a link stored by an older lineage version, until the next load recomputes it.";

@ObjectType({
  simpleResolvers: true,
  description:
    "A pair of sentences, one from each task, that the scorer found most alike: as compared (`fromSentence`, `toSentence`) and as printed, with the line of each task's document (`source.file` of `from` and `to`) it is printed on.",
})
export class AlignedSentence {
  @Field({ description: "Sentence of `from` (simplified, punctuation folded, as compared)." })
  fromSentence!: string;

  @Field({ description: "Best matching sentence of `to`." })
  toSentence!: string;

  @Field(() => Float, { description: "Their character-bigram TF-IDF cosine, 0–1." })
  similarity!: number;

  @Field(() => String, { nullable: true, description: `\`fromSentence\` exactly as \`from\`'s document prints it: original script and punctuation (traditional stays traditional), a page break inside it kept. ${OLDER}` })
  fromText?: string | null;

  @Field(() => Int, { nullable: true, description: `1-based line of \`from\`'s document where \`fromText\` starts. ${OLDER}` })
  fromLine?: number | null;

  @Field(() => Int, { nullable: true, description: `1-based line where \`fromText\` ends (after \`fromLine\` only when a page break splits the sentence). ${OLDER}` })
  fromEndLine?: number | null;

  @Field(() => String, { nullable: true, description: `\`toSentence\` exactly as \`to\`'s document prints it. ${OLDER}` })
  toText?: string | null;

  @Field(() => Int, { nullable: true, description: `1-based line of \`to\`'s document where \`toText\` starts. ${OLDER}` })
  toLine?: number | null;

  @Field(() => Int, { nullable: true, description: `1-based line where \`toText\` ends. ${OLDER}` })
  toEndLine?: number | null;
}

@ObjectType({ simpleResolvers: true, description: "The four similarities a link's score is made of, each 0–1." })
export class LineageSimilarity {
  @Field(() => Float, { description: "Of the lead phrases (titles)." })
  title!: number;

  @Field(() => Float, { description: "Of the whole texts (with the titles of the items under each)." })
  body!: number;

  @Field(() => Float, { description: "Of the domain phrases (lexicon concepts) both name." })
  phrase!: number;

  @Field(() => Float, { description: "Of the titles of the enclosing sections." })
  context!: number;
}

@ObjectType({ simpleResolvers: true, description: "A lineage link between two tasks, with the evidence to judge it." })
export class LineageLink {
  @Field(() => Task, { description: "The task the question started at (for upstream hops: the lower task of the hop)." })
  from!: object;

  @Field(() => Task, { description: "The task at the other end." })
  to!: object;

  @Field(() => LineageRelation, { description: "As seen from `from`: IMPLEMENTS, SAME_TASK_AS, COVERS, PART_OF (a COVERS link from its item) or ELABORATES." })
  relation!: LineageRelation;

  @Field(() => LineageDirection, { description: "Which way IMPLEMENTS points from `from`; PEER for SAME_TASK_AS; BROADER or NARROWER for COVERS, PART_OF and ELABORATES." })
  direction!: LineageDirection;

  @Field(() => Float, { description: "0–1: the score model's probability that the pair is the same task (see docs/lineage.md)." })
  score!: number;

  @Field({ description: "`text` (SAME_TASK_AS and COVERS by text similarity), `project` (COVERS of a 专栏 project's step, on the strength of its project's link), `structure` (ELABORATES) or `combined` (IMPLEMENTS: the plans' citation or structure link plus text similarity)." })
  method!: string;

  @Field(() => [String], { description: "Human-readable evidence: the score's make-up, shared phrases, aligned sentences (as printed, with their lines), the plan-level basis." })
  evidence!: string[];

  @Field(() => [String], { description: "Domain phrases (lexicon concepts) both tasks name, most specific first." })
  sharedPhrases!: string[];

  @Field(() => [AlignedSentence], { description: "The best aligned sentence pairs, at most two." })
  alignedSentences!: AlignedSentence[];

  @Field(() => LineageSimilarity, { description: "The similarities the score was computed from." })
  similarity!: LineageSimilarity;

  @Field(() => Int, { nullable: true, description: "In `Task.upstream`: the hop's number counted from the question's task (1 = the task's own IMPLEMENTS link). Null elsewhere." })
  depth?: number | null;
}

export const { Edge: LineageLinkEdge, Connection: LineageLinkConnection } = connectionTypes(LineageLink, "LineageLink");

import { Field, Int, ObjectType } from "type-graphql";
import { Node } from "../common/node.type";

@ObjectType({ simpleResolvers: true, implements: Node, description: "A policy document (规划 plan, 实施意见 implementation opinion, …), loaded or only cited." })
export class Plan extends Node {
  @Field({ description: "Title as printed (traditional stays traditional)." })
  title!: string;

  @Field({ nullable: true, description: "Kind from the title: 规划 (plan), 实施意见 (implementation opinion), 意见, 方案 …" })
  kind?: string;

  @Field({ description: "True when the document itself is loaded; false for a document only cited by a loaded one." })
  loaded!: boolean;

  @Field({ nullable: true, description: "Document number (文号), e.g. 赣府厅发〔2021〕34号." })
  docNumber?: string;

  @Field({ nullable: true, description: "Issuing body as printed on the cover notice." })
  issuer?: string;

  @Field({ nullable: true, description: "Issue date, ISO YYYY-MM-DD." })
  issuedDate?: string;

  @Field(() => Int, { nullable: true, description: "First year of the plan period (2021 for a 十四五 plan)." })
  periodStart?: number;

  @Field(() => Int, { nullable: true, description: "Last year of the plan period (2025 for a 十四五 plan)." })
  periodEnd?: number;
}

import { Field, Float, ObjectType, registerEnumType } from "type-graphql";
import { connectionTypes } from "../common/connection";
import { Node } from "../common/node.type";

export enum IndicatorAttribute {
  BINDING = "BINDING",
  EXPECTED = "EXPECTED",
}
registerEnumType(IndicatorAttribute, {
  name: "IndicatorAttribute",
  description: "指标属性.",
  valuesConfig: { BINDING: { description: "约束性 (binding)." }, EXPECTED: { description: "预期性 (expected)." } },
});

export enum IndicatorTable {
  TARGET = "TARGET",
  COMPLETION = "COMPLETION",
}
registerEnumType(IndicatorTable, {
  name: "IndicatorTable",
  description: "Which kind of table a row comes from.",
  valuesConfig: {
    TARGET: { description: "A 十四五 goal table: 2020 baseline, 2025 target." },
    COMPLETION: { description: "A 十三五 completion table: planned value and what was achieved." },
  },
});

export enum Comparator {
  EQ = "EQ",
  GT = "GT",
  GTE = "GTE",
  LT = "LT",
  LTE = "LTE",
  STABLE = "STABLE",
}
registerEnumType(Comparator, {
  name: "Comparator",
  description: "How a parsed value bounds the quantity: `95%以上` → GTE 95, `>95` → GT 95, `保持稳定` → STABLE.",
  valuesConfig: {
    EQ: { description: "Exactly the value (85%)." },
    GT: { description: "More than the value (>95)." },
    GTE: { description: "At least the value (95%以上, ≥95)." },
    LT: { description: "Less than the value (<500)." },
    LTE: { description: "At most the value (≤5%, 以内)." },
    STABLE: { description: "Kept stable (保持稳定); the value, if any, is the level kept." },
  },
});

@ObjectType({ simpleResolvers: true, implements: Node, description: "A row of an indicator table (主要指标)." })
export class Indicator extends Node {
  @Field({ description: "Name as printed (footnote markers removed)." })
  name!: string;

  @Field(() => String, { nullable: true, description: "Normalized concept shared across plans (参保率 in one plan is the same concept in another)." })
  concept?: string | null;

  @Field(() => String, { nullable: true, description: "Category or dimension, inherited by the rows of its group." })
  category?: string | null;

  @Field(() => String, { nullable: true, description: "Unit from a unit column, where the table has one." })
  unit?: string | null;

  @Field(() => String, { nullable: true, description: "Baseline (2020, or the 十三五 plan value) exactly as printed." })
  baseline?: string | null;

  @Field(() => String, { nullable: true, description: "Target (2025, or the 十三五 achieved value) exactly as printed." })
  target?: string | null;

  @Field(() => Float, { nullable: true, description: "Baseline as a number, where the text allows." })
  baselineValue?: number | null;

  @Field(() => Comparator, { nullable: true, description: "How baselineValue bounds the baseline." })
  baselineComparator?: Comparator | null;

  @Field(() => Float, { nullable: true, description: "Target as a number, where the text allows." })
  targetValue?: number | null;

  @Field(() => Comparator, { nullable: true, description: "How targetValue bounds the target." })
  targetComparator?: Comparator | null;

  @Field(() => IndicatorAttribute, { nullable: true, description: "约束性 → BINDING, 预期性 → EXPECTED." })
  attribute?: IndicatorAttribute | null;

  @Field(() => [String], { description: "Footnotes attached to this row." })
  notes!: string[];
}

export const { Edge: IndicatorEdge, Connection: IndicatorConnection } = connectionTypes(Indicator, "Indicator");

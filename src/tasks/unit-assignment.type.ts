import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Source } from "../common/source.type";
import { Department } from "../departments/department.type";

export enum UnitRelation {
  LEADS = "LEADS",
  RESPONSIBLE_FOR = "RESPONSIBLE_FOR",
  NAMED_AS_ACTING = "NAMED_AS_ACTING",
}
registerEnumType(UnitRelation, {
  name: "UnitRelation",
  description: "How a department is tied to a task.",
  valuesConfig: {
    LEADS: { description: "Named as 牵头单位 (lead unit) in the task's unit clause." },
    RESPONSIBLE_FOR: { description: "Named as 责任单位 (responsible unit) in the task's unit clause." },
    NAMED_AS_ACTING: { description: "Weaker: the task text names it as acting (会同…, 配合…, …部门负责); the document has no unit clause." },
  },
});

@ObjectType({ simpleResolvers: true, description: "One department's tie to one task, with the name as printed and where it is printed (for auditors)." })
export class UnitAssignment {
  @Field(() => UnitRelation, { description: "Lead, responsible, or named as acting in the text." })
  relation!: UnitRelation;

  @Field(() => Department, { description: "The department (canonical name, type, region)." })
  department!: Department;

  @Field({ description: "The unit's name exactly as printed in the document (e.g. 区医保局)." })
  printedName!: string;

  @Field(() => String, { nullable: true, description: "For NAMED_AS_ACTING: the phrase that shows it (e.g. 会同市财政局)." })
  phrase?: string | null;

  @Field(() => Source, { description: "Where the name is printed." })
  source!: Source;
}

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
    LEADS: { description: "Assigned as lead unit (牵头单位, X牵头, …): see roleText and convention for how it was printed." },
    RESPONSIBLE_FOR: { description: "Assigned as sharing the task (责任单位, 配合, 参与, 按职责分工负责 …): see roleText and convention." },
    NAMED_AS_ACTING: { description: "Weaker: the task text names it as acting (…部门要…, 会同有关部门…); the document assigns no unit to the task." },
  },
});

export enum UnitConvention {
  LABELLED = "LABELLED",
  PAIRED = "PAIRED",
  LEAD_MARK = "LEAD_MARK",
  FIRST_LISTED = "FIRST_LISTED",
  SENTENCE = "SENTENCE",
  TABLE = "TABLE",
}
registerEnumType(UnitConvention, {
  name: "UnitConvention",
  description: "How the document printed the assignment.",
  valuesConfig: {
    LABELLED: { description: "A labelled clause: 〔牵头单位:X;责任单位:A、B〕, (配合单位:A、B) …" },
    PAIRED: { description: "A clause of units and role verbs: (X牵头,A、B配合), (X负责), (A、B按职责分工负责)." },
    LEAD_MARK: { description: "The lead marked in a list: 责任单位:X(牵头)、A、B." },
    FIRST_LISTED: { description: "Under a note that the first unit listed leads (列第一位者为牵头单位)." },
    SENTENCE: { description: "Stated in the task's sentence: 由X牵头,A、B配合; X会同A、B负责." },
    TABLE: { description: "A row of a division-of-labour table (重点任务分工表)." },
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

  @Field(() => String, {
    nullable: true,
    description: "The role word as printed (牵头单位, 配合单位, 牵头, 按职责分工负责, a table's column header …); null for NAMED_AS_ACTING.",
  })
  roleText?: string | null;

  @Field(() => UnitConvention, { nullable: true, description: "How the document printed the assignment; null for NAMED_AS_ACTING." })
  convention?: UnitConvention | null;

  @Field(() => String, { nullable: true, description: "For NAMED_AS_ACTING: the phrase that shows it (e.g. 会同市财政局)." })
  phrase?: string | null;

  @Field(() => Source, { description: "Where the name is printed." })
  source!: Source;
}

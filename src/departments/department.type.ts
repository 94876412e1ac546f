import { Field, ObjectType } from "type-graphql";
import { connectionTypes } from "../common/connection";
import { Node } from "../common/node.type";

@ObjectType({ simpleResolvers: true, implements: Node, description: "A government body (or a collective of bodies) named as a unit of tasks." })
export class Department extends Node {
  @Field({ description: "Canonical full name, e.g. 西藏自治区医疗保障局." })
  name!: string;

  @Field(() => [String], { description: "Names as printed in the documents, e.g. 区医保局." })
  aliases!: string[];

  @Field({ nullable: true, description: "Functional type shared across regions: 医疗保障, 财政, 卫生健康, 税务, 地方党委政府 …" })
  type?: string;

  @Field({ description: "True for a collective unit such as 各地(市)委、行署(政府)." })
  collective!: boolean;
}

export const { Edge: DepartmentEdge, Connection: DepartmentConnection } = connectionTypes(Department, "Department");

import { Field, ObjectType } from "type-graphql";
import { Node } from "../common/node.type";

@ObjectType({ simpleResolvers: true, implements: Node, description: "An administrative region (中国 → province → city → county)." })
export class Region extends Node {
  @Field({ description: "Name, e.g. 西藏自治区, 清远市." })
  name!: string;

  @Field({ description: "NATIONAL, PROVINCE, AUTONOMOUS_REGION, CITY or COUNTY." })
  level!: string;
}

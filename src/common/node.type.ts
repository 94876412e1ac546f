import { Field, ID, InterfaceType } from "type-graphql";

/** Ids carry their type as a prefix (`Plan:…`, `Task:…`), so `node(id)` knows where to look. */
export function typeOfId(id: string): string | undefined {
  const m = /^([A-Z][A-Za-z]+):./.exec(id);
  return m?.[1];
}

@InterfaceType({
  description: "An object with a stable, globally unique id (its type is the prefix before the first colon).",
  resolveType: (value: { id: string }) => typeOfId(value.id),
})
export abstract class Node {
  @Field(() => ID, { description: "Stable id, derived from the source document and the object's place in it." })
  id!: string;
}

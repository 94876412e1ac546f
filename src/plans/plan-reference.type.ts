import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Source } from "../common/source.type";
import { Plan } from "./plan.type";

/** How a plan names a document (src/ingest/parse/citations.ts decides it from the words before the 《…》). */
export enum CitationRole {
  BASIS = "BASIS",
  IMPLEMENTS = "IMPLEMENTS",
  MENTIONED = "MENTIONED",
}
registerEnumType(CitationRole, {
  name: "CitationRole",
  description: "How a plan names a document it refers to (《…》).",
  valuesConfig: {
    BASIS: { description: "Named in the preamble after 依据 / 根据 / 贯彻落实 / 按照: what the plan states it rests on." },
    IMPLEMENTS: { description: "Named elsewhere after a word that carries it out (贯彻落实《条例》, 按照《办法》要求)." },
    MENTIONED: { description: "Any other naming (国家先后印发《…》, a document listed among achievements)." },
  },
});

/** `Plan.cites` without `role`: the basis only, as the field answered before roles were kept. */
export const DEFAULT_CITES_ROLES: CitationRole[] = [CitationRole.BASIS];
const ALL_ROLES = Object.values(CitationRole);

/** The roles asked for: `fallback` when the argument is omitted or null; an empty list is refused, since it could match nothing. */
export function citationRoles(role: CitationRole[] | null | undefined, fallback: CitationRole[] = ALL_ROLES): CitationRole[] {
  if (role == null) return fallback;
  if (!role.length) throw new Error("role: give at least one of BASIS, IMPLEMENTS, MENTIONED, or omit it");
  return [...new Set(role)];
}

/** The reference rows in the roles asked for (citationRoles: `fallback` when none are asked), in their order. */
export function inRoles<R extends { role?: unknown }>(rows: R[], role: CitationRole[] | null | undefined, fallback?: CitationRole[]): R[] {
  const roles = new Set<string>(citationRoles(role, fallback));
  return rows.filter((r) => roles.has(r.role as string));
}

@ObjectType({ simpleResolvers: true, description: "One 《…》 reference printed in a plan: the document named, in which role, where." })
export class PlanReference {
  @Field(() => CitationRole, { description: "How the plan names it here." })
  role!: CitationRole;

  @Field({ description: "The title inside 《》 as printed (traditional stays traditional; a line or page break inside removed)." })
  title!: string;

  @Field({ nullable: true, description: "The 文号 printed right after the title, e.g. 中发〔2020〕5号; null when none is printed." })
  docNumber?: string;

  @Field(() => Plan, {
    description:
      "The document named: through the table of known upstream documents (aliases, short titles, 文号) the one node of that document, the same node plan-level `implements` points to; otherwise the document of this title (loaded, or only cited).",
  })
  plan!: object;

  @Field(() => Source, { description: "The 《…》 (and its 文号) as printed, with its lines." })
  source!: Source;
}

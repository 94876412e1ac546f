import type { GraphQLField, GraphQLObjectType } from "graphql";
import type { Row } from "../db";
import type { Instance } from "./fragments";
import type { SelectedField } from "./selection";

/** What parameter functions may depend on besides the arguments. */
export interface ParamContext {
  maxFirst: number;
}

/**
 * How one field (`Type.field`) compiles to Cypher. The compiled value of a field is what
 * its resolver would return, already shaped for the client's selection below it.
 */
export interface FieldCompiler {
  /** The Cypher expression of the field's value on the parent (`site.parent`); undefined leaves the field to its resolver. */
  compile(site: Site): string | undefined;
  /**
   * The field's query parameters from its arguments, unprefixed, checked as its resolver
   * checks them (a bad one throws the resolver's error).
   */
  params?(args: Record<string, any>, ctx: ParamContext): Row;
  /** Turns the compiled value into the field's value where Cypher cannot (a cursor's base64, a link's evidence lines). */
  finish?(value: any): unknown;
}

/** How objects of a type are found and handed to resolvers the compiler leaves a field to. */
export interface TypeCompiler {
  /** Its Neo4j label: tells the concrete type where a field returns an interface. */
  label?: string;
  /** Fragment (an expression of `{<type>}`) giving the row its loaders return, for the resolvers of fields not compiled. */
  row?: string;
}

/** One field being compiled: where it is, and the compiler's services. */
export interface Site {
  /** The Cypher variable holding the parent object (undefined for a root field). */
  parent: string;
  parentType: GraphQLObjectType;
  field: SelectedField;
  fieldDef: GraphQLField<unknown, unknown>;
  /** `$<prefix><name>`: this field's parameter `name`. */
  param(name: string): string;
  /** A fragment of cypher/fragments with the parent bound to its `{<parent type>}` placeholder, this field's parameters and `slots`. */
  fragment(name: string, bound?: Record<string, string>, slots?: Record<string, string>): Instance;
  /** The client's selection below this field, as a Cypher map, on the object bound to `variable`. */
  select(variable: string): string;
  /** The fields selected directly below this field, by response key. */
  subfields(): Map<string, SelectedField>;
  /**
   * The selections of every subfield named `name` (under any alias) merged into one map on
   * `variable`: for a value built in Node from one row (a lineage link's `to`), which every
   * alias then reads.
   */
  selectMerged(name: string, variable: string): string;
  /** A variable name not used anywhere else in the statement. */
  fresh(): string;
}

export type FieldCompilers = Record<string, FieldCompiler>;
export type TypeCompilers = Record<string, TypeCompiler>;

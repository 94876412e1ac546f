import {
  FieldNode,
  FragmentDefinitionNode,
  getArgumentValues,
  getNamedType,
  GraphQLField,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLResolveInfo,
  GraphQLSchema,
  isAbstractType,
  isObjectType,
  OperationDefinitionNode,
  print,
  SelectionSetNode,
} from "graphql";
import type { Row } from "../db";
import type { FragmentLibrary } from "./fragments";
import { collectFields, SelectedField, subSelections } from "./selection";
import type { FieldCompiler, FieldCompilers, ParamContext, Site, TypeCompilers } from "./types";

/** One root field of one operation as one Cypher statement, returning `version` (the graph's) and `value` (the field's). */
export interface CompiledRoot {
  /** `compiled/<root field>`: how the statement shows in the request's stats. */
  name: string;
  cypher: string;
  /**
   * The statement's parameters for this request's variables, or undefined when an
   * argument is bad: the resolvers then answer, each with its error at its own path.
   */
  params(variables: Record<string, unknown>, ctx: ParamContext): Row | undefined;
}

/** A field the compiler cannot express, and no loader row to hand it to: the root field goes to the resolvers. */
class NotCompilable extends Error {}

interface ParamSite {
  prefix: string;
  fieldDef: GraphQLField<unknown, unknown>;
  node: FieldNode;
  compiler: FieldCompiler;
}

/**
 * Compiles the selection under a root field into one Cypher statement that returns the
 * whole nested answer, from the field compilers of each concept (`*.compile.ts`) and the
 * fragments of cypher/fragments. A statement depends on the query document, not on the
 * variables: it is compiled once per (operation, root field) and kept as long as the
 * parsed document is (Apollo Server caches documents by their text), so a repeated query
 * costs no compiling here and Neo4j reuses its plan for the identical text.
 */
export class QueryCompiler {
  private readonly compiled = new WeakMap<OperationDefinitionNode, Map<string, CompiledRoot | null>>();

  constructor(
    readonly schema: GraphQLSchema,
    readonly fragments: FragmentLibrary,
    readonly fields: FieldCompilers,
    readonly types: TypeCompilers,
  ) {}

  /** Whether a root field has a compiler at all (its resolver is wrapped). */
  covers(field: string): boolean {
    return `Query.${field}` in this.fields;
  }

  /** The statement of the root field `info` resolves, or null when it does not compile. */
  root(info: GraphQLResolveInfo): CompiledRoot | null {
    let byKey = this.compiled.get(info.operation);
    if (!byKey) this.compiled.set(info.operation, (byKey = new Map()));
    let root = byKey.get(info.path.key as string);
    if (root === undefined) {
      root = this.compileRoot({ responseKey: info.path.key as string, name: info.fieldName, nodes: [...info.fieldNodes] }, info.fragments);
      byKey.set(info.path.key as string, root);
    }
    return root;
  }

  /** Compiles one root field; null when some field below it cannot be compiled. */
  compileRoot(field: SelectedField, fragments: Record<string, FragmentDefinitionNode>): CompiledRoot | null {
    const compilation = new Compilation(this, fragments);
    let value: string | undefined;
    try {
      value = compilation.value(this.schema.getQueryType()!, undefined, field);
    } catch (e) {
      if (e instanceof NotCompilable) return null;
      throw e;
    }
    if (value === undefined) return null;
    const sites = compilation.sites;
    return {
      name: `compiled/${field.name}`,
      cypher: this.fragments.instantiate("shapes/statement", {}, compilation.fresh, "", { value }).body,
      params(variables, ctx) {
        const out: Row = {};
        for (const s of sites) {
          let p: Row;
          try {
            p = s.compiler.params!(getArgumentValues(s.fieldDef, s.node, variables), ctx);
          } catch {
            return undefined;
          }
          for (const k in p) out[s.prefix + k] = p[k];
        }
        return out;
      },
    };
  }
}

/** The state of compiling one root field: fresh names and the fields that take parameters. */
class Compilation {
  private variables = 0;
  private fieldCount = 0;
  readonly sites: ParamSite[] = [];

  constructor(
    private readonly compiler: QueryCompiler,
    private readonly fragmentDefs: Record<string, FragmentDefinitionNode>,
  ) {}

  fresh = (): string => `n${this.variables++}`;

  /** The expression of `field` on `parent` (a variable of `parentType`), or undefined when no compiler covers it. */
  value(parentType: GraphQLObjectType, parent: string | undefined, field: SelectedField): string | undefined {
    const compiler = this.compiler.fields[`${parentType.name}.${field.name}`];
    if (!compiler) return undefined;
    const fieldDef = parentType.getFields()[field.name] as GraphQLField<unknown, unknown>;
    const prefix = `f${this.fieldCount++}_`;
    if (compiler.params) this.sites.push({ prefix, fieldDef, node: field.nodes[0], compiler });
    const own = lowerFirst(parentType.name);
    const site: Site = {
      parent: parent as string,
      parentType,
      field,
      fieldDef,
      param: (name) => `$${prefix}${name}`,
      fragment: (name, bound = {}, slots = {}) => this.compiler.fragments.instantiate(name, parent === undefined ? bound : { [own]: parent, ...bound }, this.fresh, prefix, slots),
      select: (variable) => this.select(getNamedType(fieldDef.type), variable, subSelections(field)),
      subfields: () => this.subfields(fieldDef, field),
      selectMerged: (name, variable) => {
        const subs = [...this.subfields(fieldDef, field).values()].filter((f) => f.name === name);
        const type = getNamedType((getNamedType(fieldDef.type) as GraphQLObjectType).getFields()[name].type);
        return this.select(type, variable, subs.flatMap(subSelections), true);
      },
      fresh: this.fresh,
    };
    return compiler.compile(site);
  }

  private subfields(fieldDef: GraphQLField<unknown, unknown>, field: SelectedField): Map<string, SelectedField> {
    const type = getNamedType(fieldDef.type);
    if (!isObjectType(type)) throw new NotCompilable(`${type.name} has no fields`);
    return collectFields(this.compiler.schema, this.fragmentDefs, type, subSelections(field));
  }

  /**
   * The client's selection on the object bound to `variable`, as a map keyed by response key.
   * `merged`: the sets come from several fields; one response key naming two different
   * fields there cannot share a map, and leaves the root field to the resolvers.
   */
  select(type: GraphQLNamedType, variable: string, sets: SelectionSetNode[], merged = false): string {
    if (isObjectType(type)) return this.selectObject(type, variable, sets, false, merged);
    if (isAbstractType(type)) {
      // An interface: the node's label tells which type it is, and `@type` tells graphql-js.
      const branches = this.compiler.schema.getPossibleTypes(type).map((t) => {
        const label = this.compiler.types[t.name]?.label;
        if (!label) throw new NotCompilable(`no label for ${t.name}`);
        return `WHEN ${variable}:${label} THEN ${this.selectObject(t, variable, sets, true, merged)}`;
      });
      return `CASE ${branches.join(" ")} END`;
    }
    throw new NotCompilable(`no selection on ${type.name}`);
  }

  private selectObject(type: GraphQLObjectType, variable: string, sets: SelectionSetNode[], tagged: boolean, merged: boolean): string {
    const parts = ["`@`: true"];
    let left = false;
    for (const field of collectFields(this.compiler.schema, this.fragmentDefs, type, sets).values()) {
      // graphql-js answers __typename itself, from the type (or `@type`).
      if (field.name.startsWith("__")) continue;
      if (merged && !sameField(field)) throw new NotCompilable(`${field.responseKey} names different fields`);
      const expr = this.value(type, variable, field);
      if (expr === undefined) left = true;
      else parts.push(`\`${field.responseKey}\`: ${expr}`);
    }
    if (left) {
      const row = this.compiler.types[type.name]?.row;
      if (!row) throw new NotCompilable(`a field of ${type.name} is not compiled and ${type.name} has no row`);
      parts.push(`\`@row\`: ${this.compiler.fragments.instantiate(row, { [lowerFirst(type.name)]: variable }, this.fresh, "").body}`);
    }
    if (tagged) parts.push(`\`@type\`: '${type.name}'`);
    return `{${parts.join(", ")}}`;
  }
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** Whether every node under one response key selects the same field with the same arguments. */
function sameField(field: SelectedField): boolean {
  const args = (n: FieldNode) => (n.arguments ?? []).map(print).sort().join(",");
  return field.nodes.every((n) => n.name.value === field.name && args(n) === args(field.nodes[0]));
}

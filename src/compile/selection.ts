import {
  FieldNode,
  FragmentDefinitionNode,
  GraphQLCompositeType,
  GraphQLObjectType,
  GraphQLSchema,
  isAbstractType,
  Kind,
  SelectionSetNode,
  ValueNode,
} from "graphql";

/** One response key of a selection: the field it names and every node that selects it (fragments merge). */
export interface SelectedField {
  responseKey: string;
  name: string;
  nodes: FieldNode[];
}

/**
 * What `sets` select on the object type `type`, by response key, in the order a client
 * wrote them: fragment spreads and inline fragments are followed when their type
 * condition holds for `type`; the fields one key names in several places are merged
 * (validation guarantees they are the same field with the same arguments).
 *
 * Directives are read at compile time, when variables are unknown: a literal
 * `@skip(if: true)` or `@include(if: false)` drops the field; one that depends on a
 * variable keeps it. graphql-js applies the directive when it executes, so a kept field
 * is at worst read and left unused.
 */
export function collectFields(
  schema: GraphQLSchema,
  fragments: Record<string, FragmentDefinitionNode>,
  type: GraphQLObjectType,
  sets: readonly SelectionSetNode[],
): Map<string, SelectedField> {
  const fields = new Map<string, SelectedField>();
  const applies = (condition: string | undefined) => {
    if (!condition || condition === type.name) return true;
    const t = schema.getType(condition) as GraphQLCompositeType | undefined;
    return !!t && isAbstractType(t) && schema.isSubType(t, type);
  };
  const walk = (set: SelectionSetNode, seen: Set<string>) => {
    for (const s of set.selections) {
      if (droppedByDirective(s.directives)) continue;
      if (s.kind === Kind.FIELD) {
        const key = s.alias?.value ?? s.name.value;
        const entry = fields.get(key);
        if (entry) entry.nodes.push(s);
        else fields.set(key, { responseKey: key, name: s.name.value, nodes: [s] });
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        if (applies(s.typeCondition?.name.value)) walk(s.selectionSet, seen);
      } else if (!seen.has(s.name.value)) {
        const fragment = fragments[s.name.value];
        if (fragment && applies(fragment.typeCondition.name.value)) walk(fragment.selectionSet, new Set([...seen, s.name.value]));
      }
    }
  };
  for (const set of sets) walk(set, new Set());
  return fields;
}

/** The selection sets under a field, from every node that selects it. */
export function subSelections(field: SelectedField): SelectionSetNode[] {
  return field.nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
}

function droppedByDirective(directives: readonly { name: { value: string }; arguments?: readonly { name: { value: string }; value: ValueNode }[] }[] | undefined): boolean {
  for (const d of directives ?? []) {
    const ifArg = d.arguments?.find((a) => a.name.value === "if")?.value;
    if (ifArg?.kind !== Kind.BOOLEAN) continue;
    if (d.name.value === "skip" && ifArg.value) return true;
    if (d.name.value === "include" && !ifArg.value) return true;
  }
  return false;
}

/**
 * What an input-object argument (a filter) can give, read from the query text: `all` when
 * it comes whole from a variable (any field may be set); otherwise the fields written in
 * it (`given`) and those written as a literal other than null (`definite`: set whatever
 * the variables). A field written as a variable is given but may turn out null.
 */
export function argumentFields(field: SelectedField, argument: string): "all" | { given: Set<string>; definite: Set<string> } {
  const value = field.nodes[0].arguments?.find((a) => a.name.value === argument)?.value;
  if (!value || value.kind === Kind.NULL) return { given: new Set(), definite: new Set() };
  if (value.kind !== Kind.OBJECT) return "all";
  const given = new Set<string>();
  const definite = new Set<string>();
  for (const f of value.fields) {
    if (f.value.kind === Kind.NULL) continue;
    given.add(f.name.value);
    if (f.value.kind !== Kind.VARIABLE) definite.add(f.name.value);
  }
  return { given, definite };
}

import { FieldNode, GraphQLResolveInfo, Kind, SelectionSetNode } from "graphql";

/**
 * The dotted paths of the fields a client selected below the current field, to `depth`
 * levels, fragments and aliases resolved (`nodes.source.text`). Directives are ignored:
 * a field under `@skip` counts as selected, which only ever loads more, never less.
 */
export function selectedPaths(info: GraphQLResolveInfo, depth = 3): Set<string> {
  // Resolvers of a list's items (every task's `source`, every department's `leads`) all get
  // the same fieldNodes array from graphql-js: walk the selection once per field, not per item.
  let byDepth = walked.get(info.fieldNodes);
  if (!byDepth) walked.set(info.fieldNodes, (byDepth = new Map()));
  let paths = byDepth.get(depth);
  if (!paths) byDepth.set(depth, (paths = pathsBelow(info, depth)));
  return paths;
}

const walked = new WeakMap<readonly FieldNode[], Map<number, Set<string>>>();

function pathsBelow(info: GraphQLResolveInfo, depth: number): Set<string> {
  const paths = new Set<string>();
  const walk = (set: SelectionSetNode | undefined, prefix: string, level: number) => {
    if (!set || level > depth) return;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        const path = prefix + s.name.value;
        paths.add(path);
        walk(s.selectionSet, `${path}.`, level + 1);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        walk(s.selectionSet, prefix, level);
      } else {
        walk(info.fragments[s.name.value]?.selectionSet, prefix, level);
      }
    }
  };
  for (const field of info.fieldNodes as readonly FieldNode[]) walk(field.selectionSet, "", 1);
  return paths;
}

/** What a client asked of a connection: its items (edges, nodes, pageInfo), its totalCount, which item fields. */
export interface ConnectionSelection {
  page: boolean;
  total: boolean;
  /** Whether an item field is selected, through `nodes` or `edges.node`: `has("source.text")`. */
  has(itemPath: string): boolean;
}

export function connectionSelection(info: GraphQLResolveInfo): ConnectionSelection {
  const paths = selectedPaths(info, 4);
  return {
    page: paths.has("nodes") || paths.has("edges") || paths.has("pageInfo"),
    total: paths.has("totalCount"),
    has: (itemPath) => paths.has(`nodes.${itemPath}`) || paths.has(`edges.node.${itemPath}`),
  };
}

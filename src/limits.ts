import type { ApolloServerPlugin } from "@apollo/server";
import { DocumentNode, FragmentDefinitionNode, GraphQLError, GraphQLSchema, Kind, SelectionSetNode } from "graphql";
import { getComplexity, simpleEstimator } from "graphql-query-complexity";
import type { Config } from "./config";
import type { Context } from "./context";
import { QueryTooComplexError } from "./errors";

/**
 * Refuses depth bombs and fan-out before any resolver runs. Cost: every field
 * costs 1, and a list field with `first` multiplies what is under it by its page
 * size (50 when not given), so aliases and fragments that fan out add up.
 */
export function limitsPlugin(schema: GraphQLSchema, limits: Config["graphql"]): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          if (operation && operation.operation !== "query") {
            throw new GraphQLError(`this API only reads: ${operation.operation} operations are not supported`, {
              extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
            });
          }
          const depth = queryDepth(document);
          if (depth > limits.maxDepth) {
            throw new QueryTooComplexError(`query depth ${depth} exceeds the limit of ${limits.maxDepth}`);
          }
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              operationName: request.operationName ?? undefined,
              estimators: [pagedEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (e) {
            // Costing coerces the variables first: one that does not fit its type (an unknown
            // enum value, a string for an Int) is the client's error, not a server fault.
            throw new GraphQLError((e as Error).message, { extensions: { code: "BAD_USER_INPUT", http: { status: 400 } } });
          }
          if (cost > limits.maxCost) {
            throw new QueryTooComplexError(`query cost ${cost} exceeds the limit of ${limits.maxCost}; ask for smaller pages (first) or fewer nested lists`);
          }
        },
      };
    },
  };
}

function pagedEstimator({ args, childComplexity }: { args: Record<string, unknown>; childComplexity: number }): number | void {
  if (!("first" in args)) return undefined;
  const first = typeof args.first === "number" && args.first > 0 ? args.first : args.first === 0 ? 0 : 50;
  return 1 + first * Math.max(childComplexity, 1);
}

/** Depth of the deepest selection, following fragment spreads (each fragment counted once per path). */
export function queryDepth(document: DocumentNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
    if (!set) return 0;
    let max = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) max = Math.max(max, s.name.value.startsWith("__") ? 0 : 1 + depthOf(s.selectionSet, seen));
      else if (s.kind === Kind.INLINE_FRAGMENT) max = Math.max(max, depthOf(s.selectionSet, seen));
      else if (!seen.has(s.name.value)) {
        max = Math.max(max, depthOf(fragments.get(s.name.value)?.selectionSet, new Set([...seen, s.name.value])));
      }
    }
    return max;
  };
  let deepest = 0;
  for (const d of document.definitions) if (d.kind === Kind.OPERATION_DEFINITION) deepest = Math.max(deepest, depthOf(d.selectionSet, new Set()));
  return deepest;
}

import type { ApolloServerPlugin } from "@apollo/server";
import {
  DocumentNode,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLSchema,
  isCompositeType,
  isListType,
  isObjectType,
  Kind,
  SelectionSetNode,
} from "graphql";
import { ComplexityEstimator, getComplexity, simpleEstimator } from "graphql-query-complexity";
import type { Config } from "./config";
import type { Context } from "./context";
import { QueryTooComplexError } from "./errors";

/**
 * How many items each unpaged list field is costed at: a realistic upper estimate,
 * not the average. Two kinds:
 * - bounded by how a document is written (a plan's chapters, a task's sub-items and
 *   units): the largest seen in the seeds (in brackets) with room to spare;
 * - growing with the graph (`plans`, `regions`, a region's children …): unpaged
 *   because the service holds one province's plans, not the country's (the seed graph
 *   has 12 plans, 8 regions). Loading much more means paging these fields, or at
 *   least raising these numbers.
 * A number is the estimate; a function computes it from the field's arguments.
 * Every unpaged list of objects in the schema must have an entry: the server refuses
 * to start otherwise, so a new list field cannot slip in at cost 1.
 */
export const LIST_SIZES: Record<string, number | ((args: Record<string, unknown>) => number)> = {
  "Query.plans": (args) => (args.loaded === true ? 10 : 20), // 5 loaded, 12 in all
  "Query.regions": 40, // 8; a province, its cities and its counties
  "Region.children": 40, // 5; the largest prefecture or municipality has under 40 counties or districts
  "Region.plans": 10, // 1; the plans of one region over two five-year periods
  "Region.departments": 50, // 19
  "Plan.outline": 20, // 6
  "Plan.cites": (args) => (Array.isArray(args.role) && args.role.some((r) => r !== "BASIS") ? 20 : 10), // 3 as a basis; 10 in every role (清远)
  "Plan.references": 30, // 12 (清远)
  "Plan.citedBy": 20, // 3
  "Plan.implements": 10, // 4
  "Plan.implementedBy": 20, // 5
  "Plan.indicators": 50, // 28
  "Plan.sourceLines": (args) => (typeof args.from === "number" && typeof args.to === "number" ? Math.max(1, args.to - args.from + 1) : 1), // as asked; at most 500
  "Department.actsAs": 2, // 1; a body printed as A(B)
  "Department.actedAsBy": 5, // 1
  "Task.children": 20, // 10
  "Task.lead": 2, // 1; joint leads happen
  "Task.responsible": 10, // 5
  "Task.units": 15, // 6
  "Task.lineage": 20, // 4; at most one SAME_TASK_AS per other plan
  "Task.upstream": (args) => (typeof args.depth === "number" && args.depth > 0 ? args.depth : 3), // one link per hop
  "LineageGroup.tasks": 20, // 5; one per plan
  "LineageGroup.plans": 20, // 5
  "LineageLink.alignedSentences": 2, // at most two by construction
  "SourceDocument.removed": 10, // 0–3; one per extraction rule (header, footer, page number, script, navigation …)
};

/**
 * Refuses depth bombs and fan-out before any resolver runs. Cost: every field costs 1,
 * and a list multiplies what is under it by its size: a page by its `first` (50 when
 * not given), an unpaged list by its estimate in LIST_SIZES. So the cost is the number
 * of values an answer could hold if every list were full, and aliases and fragments
 * that fan out add up.
 */
export function limitsPlugin(schema: GraphQLSchema, limits: Config["graphql"]): ApolloServerPlugin<Context> {
  checkListSizes(schema);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          if (operation && operation.operation !== "query") {
            throw new GraphQLError(`this API only reads: ${operation.operation} operations are not supported`, {
              extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
            });
          }
          const depth = remembered(document, "depth", () => queryDepth(document));
          if (depth > limits.maxDepth) {
            throw new QueryTooComplexError(`query depth ${depth} exceeds the limit of ${limits.maxDepth}`);
          }
          let cost: number;
          try {
            const key = `${request.operationName ?? ""}\n${JSON.stringify(request.variables ?? {})}`;
            cost = remembered(document, key, () => queryCost(schema, document, request.variables ?? {}, request.operationName ?? undefined));
          } catch (e) {
            // Costing coerces the variables first: one that does not fit its type (an unknown
            // enum value, a string for an Int) is the client's error, not a server fault.
            throw new GraphQLError((e as Error).message, { extensions: { code: "BAD_USER_INPUT", http: { status: 400 } } });
          }
          if (cost > limits.maxCost) {
            throw new QueryTooComplexError(
              `query cost ${cost} exceeds the limit of ${limits.maxCost}; ask for smaller pages (first) or fewer nested lists (each unpaged list counts as its estimated size)`,
            );
          }
        },
      };
    },
  };
}

/**
 * Depth and cost depend on the document (and, for the cost, on the variables): kept per
 * parsed document (Apollo Server keeps those by query text) for its most recent variable
 * sets, so a repeated request is not costed again.
 */
const costs = new WeakMap<DocumentNode, Map<string, number>>();
const REMEMBERED_PER_DOCUMENT = 64;

function remembered(document: DocumentNode, key: string, compute: () => number): number {
  let known = costs.get(document);
  if (!known) costs.set(document, (known = new Map()));
  let value = known.get(key);
  if (value === undefined) {
    value = compute();
    if (known.size >= REMEMBERED_PER_DOCUMENT) known.clear();
    known.set(key, value);
  }
  return value;
}

/** The cost the limit compares with MAX_QUERY_COST (throws on variables that do not fit their types). */
export function queryCost(schema: GraphQLSchema, query: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string): number {
  return getComplexity({ schema, query, variables, operationName, estimators: [pagedEstimator, listEstimator, simpleEstimator({ defaultComplexity: 1 })] });
}

const pagedEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  if (!("first" in args)) return undefined;
  const first = typeof args.first === "number" && args.first > 0 ? args.first : args.first === 0 ? 0 : 50;
  return 1 + first * Math.max(childComplexity, 1);
};

const listEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const size = LIST_SIZES[`${type.name}.${field.name}`];
  if (size === undefined) return undefined;
  return 1 + (typeof size === "number" ? size : size(args)) * Math.max(childComplexity, 1);
};

/**
 * The unpaged lists of objects: list fields of object or interface type without a
 * `first` argument, except the `nodes`/`edges` of a connection (its page is costed
 * where `first` is given).
 */
export function unpagedListFields(schema: GraphQLSchema): string[] {
  const fields: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__") || type.name.endsWith("Connection")) continue;
    for (const field of Object.values(type.getFields())) {
      const listed = isListType(getNullableType(field.type));
      if (listed && isCompositeType(getNamedType(field.type)) && !field.args.some((a) => a.name === "first")) fields.push(`${type.name}.${field.name}`);
    }
  }
  return fields.sort();
}

function checkListSizes(schema: GraphQLSchema): void {
  const fields = unpagedListFields(schema);
  const missing = fields.filter((f) => !(f in LIST_SIZES));
  const stale = Object.keys(LIST_SIZES).filter((f) => !fields.includes(f));
  if (missing.length || stale.length) {
    throw new Error(
      `src/limits.ts LIST_SIZES must estimate exactly the unpaged list fields of the schema: ${missing.length ? `missing ${missing.join(", ")}` : ""}${missing.length && stale.length ? "; " : ""}${stale.length ? `no such unpaged list ${stale.join(", ")}` : ""}`,
    );
  }
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

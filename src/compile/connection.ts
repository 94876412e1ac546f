import { GraphQLObjectType, GraphQLSchema, isObjectType } from "graphql";
import { decodeCursor, pageSize } from "../common/connection";
import type { Row } from "../db";
import { bind } from "./fields";
import { argumentFields } from "./selection";
import type { FieldCompiler, FieldCompilers, ParamContext, Site } from "./types";

/** One way in of a root connection: taken when `when` (a filter field) is given; the last one has none. */
export interface Way {
  when?: string;
  /** A fragment of a `ways` folder, named after its way (`tasks/ways/plan` is the way plan). */
  fragment: string;
}

/**
 * A Relay connection compiled: the nodes a fragment matches (`RETURN {x}`, or the ways in
 * of a root connection), kept by the filter's condition fragments (predicates on `{x}`),
 * in `sortKey` order, seeking past the cursor.
 * What is read depends on what is selected (cypher/fragments/shapes/connection-*): only
 * `totalCount` → a count; only the page → at most `first` + 1 nodes (the extra one tells
 * whether a next page exists); both → every match collected once, counted, and paged
 * from the same list.
 *
 * The connection's fields then read the map `{page, limit, total, type}` the shape makes
 * (see `connectionFields`), so edges, nodes and pageInfo come from the one read.
 */
export function connection(opts: {
  /** The node type: the cursor's prefix, the filter's `{placeholder}`. */
  type: string;
  /** The rows of a nested connection (its parent bound), or … */
  matching?: string;
  /** … a root connection's ways in, most selective first, the last taken when no other's field is given. */
  ways?: Way[];
  /** The filter's conditions by field (predicates on `{node}`): only those the query's filter can set are compiled. */
  filters?: Record<string, string>;
  params?: (args: Record<string, any>, ctx: ParamContext) => Row;
}): FieldCompiler {
  const own = opts.type.charAt(0).toLowerCase() + opts.type.slice(1);
  return {
    params: (args, ctx) => {
      const limit = pageSize(args.first, ctx.maxFirst);
      return { ...opts.params?.(args, ctx), limit, fetch: limit + 1, after: decodeCursor(opts.type, args.after) };
    },
    compile: (s: Site) => {
      const selected = new Set([...s.subfields().values()].map((f) => f.name));
      const wantsPage = selected.has("nodes") || selected.has("edges") || selected.has("pageInfo");
      const wantsTotal = selected.has("totalCount");
      const filter = argumentFields(s.field, "filter");
      const given = (key: string) => filter === "all" || filter.given.has(key);
      const node = s.fresh();
      const rows = opts.ways ? waysIn(s, opts.ways, own, node, filter) : s.fragment(opts.matching!, { [own]: node }).body;
      const conditions = Object.entries(opts.filters ?? {})
        .filter(([key]) => given(key))
        .map(([, fragment]) => s.fragment(fragment, { [own]: node }).body);
      const kept = conditions.length ? s.fragment("shapes/filtered", { node }, { rows, filter: conditions.join("\nAND ") }).body : rows;
      const shape = !wantsPage ? "shapes/connection-total" : wantsTotal ? "shapes/connection-page-total" : "shapes/connection-page";
      const map = s.fragment(shape, { node }, { rows: kept, type: `'${opts.type}'` }).body;
      return bind(s, map, (c) => s.select(c));
    },
  };
}

/**
 * A root connection's rows through the ways its filter can take: the ways whose field the
 * filter can give, up to the first it surely gives (a literal), then the last (no field)
 * if none surely is. One way left: its fragment alone; several: chosen at run time by
 * which parameters are given (shapes/ways).
 */
function waysIn(s: Site, ways: Way[], own: string, node: string, filter: ReturnType<typeof argumentFields>): string {
  const possible: Way[] = [];
  for (const way of ways) {
    if (way.when === undefined) {
      possible.push(way);
      break;
    }
    if (filter !== "all" && !filter.given.has(way.when)) continue;
    possible.push(way);
    if (filter !== "all" && filter.definite.has(way.when)) break;
  }
  const name = (w: Way) => `'${w.fragment.split("/").pop()}'`;
  if (possible.length === 1) return s.fragment(possible[0].fragment, { [own]: node, way: name(possible[0]) }).body;
  const way = s.fresh();
  const choices = possible.map((w) => (w.when === undefined ? `ELSE ${name(w)}` : `WHEN ${s.param(w.when)} IS NOT NULL THEN ${name(w)}`)).join(" ");
  const branches = possible.map((w) => s.fragment(w.fragment, { [own]: node, way }).whole).join("\nUNION ALL\n");
  return s.fragment("shapes/ways", { way, node }, { choices, branches }).body;
}

const cursor = (v: string | null) => (v == null ? null : Buffer.from(v, "utf8").toString("base64url"));

/**
 * The fields of every `…Connection`, `…Edge` and `PageInfo` of the schema, reading the map
 * `connection` makes. A cursor is `<Type>|<sortKey>` in Cypher and base64 here, as
 * `encodeCursor` makes it.
 */
export function connectionFields(schema: GraphQLSchema): FieldCompilers {
  const fields: FieldCompilers = {
    "PageInfo.hasNextPage": { compile: (s) => `size(${s.parent}.page) > ${s.parent}.limit` },
    "PageInfo.hasPreviousPage": { compile: () => "false" },
    "PageInfo.startCursor": { compile: (s) => `${s.parent}.type + '|' + head(${s.parent}.page[..${s.parent}.limit]).sortKey`, finish: cursor },
    "PageInfo.endCursor": { compile: (s) => `${s.parent}.type + '|' + last(${s.parent}.page[..${s.parent}.limit]).sortKey`, finish: cursor },
  };
  const items = (s: Site) => {
    const v = s.fresh();
    return `[${v} IN ${s.parent}.page[..${s.parent}.limit] | ${s.select(v)}]`;
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !type.name.endsWith("Connection") || !("edges" in type.getFields())) continue;
    const node = type.name.slice(0, -"Connection".length);
    fields[`${type.name}.totalCount`] = { compile: (s) => `${s.parent}.total` };
    fields[`${type.name}.nodes`] = { compile: items };
    fields[`${type.name}.edges`] = { compile: items };
    fields[`${type.name}.pageInfo`] = { compile: (s) => s.select(s.parent) };
    const edge = schema.getType(`${node}Edge`) as GraphQLObjectType;
    fields[`${edge.name}.cursor`] = { compile: (s) => `'${node}|' + ${s.parent}.sortKey`, finish: cursor };
    fields[`${edge.name}.node`] = { compile: (s) => s.select(s.parent) };
  }
  return fields;
}

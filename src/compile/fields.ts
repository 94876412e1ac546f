import type { Row } from "../db";
import type { Instance } from "./fragments";
import type { FieldCompiler, ParamContext, Site } from "./types";

/**
 * The shapes a field compiles to, for the concepts' `*.compile.ts`. Each yields a Cypher
 * expression on the parent's variable; fragments come from cypher/fragments.
 */

type Params = (args: Record<string, any>, ctx: ParamContext) => Row;

/** A property of the parent as stored. */
export function property(name: string): FieldCompiler {
  return { compile: (s) => `${s.parent}.${name}` };
}

/** An expression fragment of the parent (a CASE, a test). */
export function expression(fragment: string, finish?: (value: any) => unknown): FieldCompiler {
  return { compile: (s) => s.fragment(fragment).body, finish };
}

/** The objects a fragment yields, in its order, each shaped by the client's selection. */
export function list(fragment: string, params?: Params, finish?: (value: any) => unknown): FieldCompiler {
  return { compile: (s) => collect(s, fragment), params, finish };
}

/** The one object a fragment yields, or null. */
export function single(fragment: string, params?: Params): FieldCompiler {
  return { compile: (s) => collect(s, fragment, "shapes/first"), params };
}

/** An object read from the parent itself (a Source from its `source*` properties); null when `unless` is null. */
export function sameObject(unless?: string): FieldCompiler {
  return { compile: (s) => (unless ? `CASE WHEN ${s.parent}.${unless} IS NULL THEN null ELSE ${s.select(s.parent)} END` : s.select(s.parent)) };
}

/** The object an expression of the parent evaluates to (a tie's department: `startNode`), shaped by the selection. */
export function via(expr: (parent: string) => string): FieldCompiler {
  return { compile: (s) => bind(s, expr(s.parent), (v) => s.select(v)) };
}

/** The rows of `fragment`, each the client's selection on its variable, as a list (shapes/list) or the first (shapes/first). */
export function collect(s: Site, fragment: string, shape = "shapes/list", item?: (f: Instance) => string): string {
  const f = s.fragment(fragment);
  if (!f.out) throw new Error(`fragment ${fragment} returns no variable`);
  return s.fragment(shape, {}, { rows: f.body, item: item ? item(f) : s.select(f.out) }).body;
}

/** Evaluates `expr` once, as a fresh variable that `body` may use many times. */
export function bind(s: Site, expr: string, body: (variable: string) => string): string {
  const v = s.fresh();
  return `[${v} IN [${expr}] | ${body(v)}][0]`;
}

/** `Type.name: property(name)` for each listed field of `type`. */
export function properties(type: string, names: string[]): Record<string, FieldCompiler> {
  return Object.fromEntries(names.map((n) => [`${type}.${n}`, property(n)]));
}

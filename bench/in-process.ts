import { execute, GraphQLSchema, parse } from "graphql";
import type { Context, ContextDeps } from "../src/context";
import { createContext, createLoaders } from "../src/context";
import { naiveRead } from "./naive";
import type { ContractQuery } from "./queries";

export type LoaderMode = "batched" | "naive";

export interface InProcessRun {
  ms: number;
  roundTrips: number;
  data: unknown;
}

/**
 * Runs a contract query through our schema and resolvers without HTTP, with the
 * per-request context the server builds, its loaders batched (as served) or naive.
 */
export async function runInProcess(schema: GraphQLSchema, deps: ContextDeps, q: ContractQuery, mode: LoaderMode): Promise<InProcessRun> {
  const document = parse(q.ours.query);
  const t0 = performance.now();
  const ctx: Context = createContext(deps, `bench-${mode}`);
  if (mode === "naive") ctx.loaders = createLoaders(naiveRead(ctx.read));
  const result = await execute({ schema, document, variableValues: q.ours.variables, contextValue: ctx });
  const ms = performance.now() - t0;
  if (result.errors?.length) throw new Error(`${q.name} (${mode}) failed: ${result.errors.map((e) => e.message).join("; ")}`);
  return { ms, roundTrips: ctx.stats.dbRoundTrips, data: result.data };
}

import { DocumentNode, GraphQLSchema, parse } from "graphql";
import type { Context, ContextDeps } from "../src/context";
import { createContext, createLoaders } from "../src/context";
import { OperationExecutor } from "../src/http/executor";
import { naiveRead } from "./naive";
import type { ContractQuery } from "./queries";

/** `compiled`: as served (one statement per root field); `loaders`: the resolvers' DataLoader batches only; `naive`: no batching at all. */
export type LoaderMode = "compiled" | "loaders" | "naive";

export interface InProcessRun {
  ms: number;
  roundTrips: number;
  data: unknown;
}

/** Parsed once per query text, as Apollo Server keeps parsed documents: the compiled statement is cached per document. */
const documents = new Map<string, DocumentNode>();
/** The executor the server uses (graphql-jit unless GRAPHQL_JIT=false), one per schema. */
const executors = new WeakMap<GraphQLSchema, OperationExecutor>();

/**
 * Runs a contract query through our schema and resolvers without HTTP, with the
 * per-request context the server builds: compiled as served, or through the loaders
 * only (batched, or naive: every batch split into one query per parent).
 */
export async function runInProcess(schema: GraphQLSchema, deps: ContextDeps, q: ContractQuery, mode: LoaderMode): Promise<InProcessRun> {
  let document = documents.get(q.ours.query);
  if (!document) documents.set(q.ours.query, (document = parse(q.ours.query)));
  const t0 = performance.now();
  const ctx: Context = createContext(deps, `bench-${mode}`);
  if (mode !== "compiled") ctx.compile = false;
  if (mode === "naive") ctx.loaders = createLoaders(naiveRead(ctx.read));
  let executor = executors.get(schema);
  if (!executor) executors.set(schema, (executor = new OperationExecutor(schema, deps.config.graphql.jit)));
  const result = await executor.execute(document, undefined, q.ours.variables, ctx);
  const ms = performance.now() - t0;
  if (result.errors?.length) throw new Error(`${q.name} (${mode}) failed: ${result.errors.map((e) => e.message).join("; ")}`);
  return { ms, roundTrips: ctx.stats.dbRoundTrips, data: result.data };
}

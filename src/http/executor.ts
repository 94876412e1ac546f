import type { GatewayExecutor, GatewayInterface } from "@apollo/server-gateway-interface";
import { DocumentNode, execute, ExecutionResult, GraphQLError, GraphQLSchema, OperationDefinitionNode, valueFromASTUntyped } from "graphql";
import { CompiledQuery, compileQuery, isCompiledQuery } from "graphql-jit";
import type { Context } from "../context";

/**
 * How an operation is executed once Apollo Server has parsed and validated it. graphql-js
 * walks the schema for every field of every answer (type checks, argument coercion, an
 * info object per field); graphql-jit compiles each operation once into a function that
 * does the same walk straight-line. The compiled root fields already answer from one
 * statement, so walking the answer is most of what is left of our CPU per request
 * (bench/ANALYSIS.md, the profile). `node dist/bench/executors.js` compares the two in
 * process: on the national bench graph graphql-jit took 5–17 % off the Node CPU of an answer
 * for TibetTask, DepartmentTasks and IndicatorAcrossPlans, and between -13 % and +6 % for
 * PlanOutline and Search, from one run to the next: a modest gain, largest on the big answers.
 *
 * A compiled function is kept with its parsed document (Apollo Server keeps documents by
 * query text), per operation name: a repeated query compiles nothing. An operation
 * graphql-jit cannot compile is executed by graphql-js, as is everything with
 * GRAPHQL_JIT=false (the switch to tell the two apart when a difference is suspected).
 */
export class OperationExecutor {
  private readonly compiled = new WeakMap<DocumentNode, Map<string, Compiled | null>>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly jit: boolean,
  ) {}

  execute(document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | undefined, context: Context): Promise<ExecutionResult> | ExecutionResult {
    const compiled = this.jit ? this.compile(document, operationName ?? undefined) : null;
    if (!compiled) return execute({ schema: this.schema, document, operationName, variableValues: variables, contextValue: context });
    const answer = compiled.query.query(undefined, context, { ...compiled.defaults, ...variables });
    return isPromise(answer) ? answer.then(firstErrorPerNull) : firstErrorPerNull(answer);
  }

  private compile(document: DocumentNode, operationName: string | undefined): Compiled | null {
    let byName = this.compiled.get(document);
    if (!byName) this.compiled.set(document, (byName = new Map()));
    const key = operationName ?? "";
    let query = byName.get(key);
    if (query === undefined) {
      // Only queries: Apollo Server refuses other operations before they get here (limits.ts).
      const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === "OperationDefinition");
      const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
      const result = operation?.operation === "query" ? compileQuery(this.schema, document, operationName) : null;
      query = result && isCompiledQuery(result) ? { query: result, defaults: defaultsOf(operation!) } : null;
      byName.set(key, query);
    }
    return query;
  }

  /**
   * The executor as Apollo Server takes one: its gateway interface, which hands the
   * validated document and the request's context to `executor` instead of graphql-js.
   * The schema is the one served (validation, introspection); it never changes.
   */
  gateway(): GatewayInterface {
    const executor: GatewayExecutor = async (rc) =>
      (await this.execute(rc.document, rc.operationName ?? rc.request.operationName, rc.request.variables, rc.context as unknown as Context)) as Awaited<ReturnType<GatewayExecutor>>;
    const schema = this.schema;
    let listener: ((s: { apiSchema: GraphQLSchema; coreSupergraphSdl: string }) => void) | undefined;
    return {
      onSchemaLoadOrUpdate(callback) {
        listener = callback;
        return () => (listener = undefined);
      },
      async load() {
        listener?.({ apiSchema: schema, coreSupergraphSdl: "" });
        return { executor };
      },
      async stop() {},
    };
  }
}

interface Compiled {
  query: CompiledQuery;
  /** The operation's variable defaults as a client would send them (graphql-jit leaves a non-null variable's default out). */
  defaults: Record<string, unknown>;
}

function defaultsOf(operation: OperationDefinitionNode): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const v of operation.variableDefinitions ?? []) if (v.defaultValue) out[v.variable.name.value] = valueFromASTUntyped(v.defaultValue);
  return out;
}

const isPromise = <T>(x: T | Promise<T>): x is Promise<T> => typeof (x as Promise<T>)?.then === "function";

/**
 * One error per place an error nulled, as graphql-js answers: a non-null field that fails
 * nulls its nearest nullable parent, and graphql-js stops that parent at the first failure,
 * where graphql-jit reports every sibling's (a request past its deadline would list the same
 * REQUEST_TIMEOUT once per item of a page).
 */
function firstErrorPerNull(result: ExecutionResult): ExecutionResult {
  if (!result.errors || result.errors.length < 2) return result;
  const seen = new Set<string>();
  const errors: GraphQLError[] = [];
  for (const e of result.errors) {
    const at = nulledAt(result.data, e.path ?? []);
    if (seen.has(at)) continue;
    seen.add(at);
    errors.push(e);
  }
  return { ...result, errors };
}

/** The path of the null the error left in the answer: the first value along its path that is null. */
function nulledAt(data: unknown, path: readonly (string | number)[]): string {
  let value = data;
  for (let i = 0; i < path.length; i++) {
    if (value === null || value === undefined) return path.slice(0, i).join(".");
    value = (value as Record<string | number, unknown>)[path[i]];
  }
  return path.join(".");
}

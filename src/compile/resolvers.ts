import { Neo4jError } from "neo4j-driver";
import { GraphQLFieldResolver, GraphQLInterfaceType, GraphQLSchema, isInterfaceType, isObjectType } from "graphql";
import { typeOfId } from "../common/node.type";
import type { Context } from "../context";
import type { QueryCompiler } from "./compiler";

/**
 * Puts the compiler in front of the schema's resolvers, and type-graphql's per-field
 * wrappers out of the hot path:
 * - a compiled root field runs its one statement, and the value it returns is a tree of
 *   maps marked `@` and keyed by response key;
 * - any other field reads its value from a marked parent by response key (through the
 *   field's `finish` where Cypher cannot make the value), or, when the compiler left it to
 *   its resolver, calls the resolver with the loader row the parent carries in `@row`;
 * - on parents that are not compiled (loader rows, values built in Node) the field's own
 *   resolver runs as before: a plain field (type-graphql `simpleResolvers`) is a property read.
 * With `ctx.compile` false (COMPILE_QUERIES=false) every root field takes the resolvers.
 */
export function installCompiledResolvers(schema: GraphQLSchema, compiler: QueryCompiler): void {
  const queryType = schema.getQueryType();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      if (type === queryType) {
        if (compiler.covers(field.name)) field.resolve = rootResolver(compiler, field.name, field.resolve!);
      } else {
        field.resolve = fieldResolver(field.name, field.resolve, compiler.fields[`${type.name}.${field.name}`]?.finish);
      }
    }
  }
  for (const type of Object.values(schema.getTypeMap())) {
    // A compiled object in an interface position names its type in `@type`.
    if (isInterfaceType(type)) (type as GraphQLInterfaceType).resolveType = (value: any) => value["@type"] ?? typeOfId(value.id);
  }
}

type Resolver = GraphQLFieldResolver<any, Context>;

function rootResolver(compiler: QueryCompiler, name: string, original: Resolver): Resolver {
  const finish = compiler.fields[`Query.${name}`]?.finish;
  return (source, args, ctx, info) => {
    if (!ctx.compile) return original(source, args, ctx, info);
    const root = compiler.root(info);
    const params = root?.params(info.variableValues, { maxFirst: ctx.config.graphql.maxFirst });
    if (!root || !params) return original(source, args, ctx, info);
    const read = ctx.readStatement(root.name, root.cypher, params);
    return (finish ? read.then(finish) : read).catch((e: unknown) => {
      // A statement Neo4j cannot compile is the compiler's bug, not the client's: answer through the
      // loaders, and say so. Any other failure (unavailable, timed out) is the request's answer.
      if (!refusedStatement(e)) throw e;
      ctx.log?.error("compiled statement refused by Neo4j; answered by the loaders", { requestId: ctx.requestId, field: name, error: (e as Error).message });
      return original(source, args, ctx, info);
    });
  };
}

function refusedStatement(e: unknown): boolean {
  return e instanceof Neo4jError && /^Neo\.ClientError\.Statement\.(SyntaxError|SemanticError|TypeError|ArgumentError)$/.test(e.code);
}

function fieldResolver(name: string, original: Resolver | undefined, finish: ((v: any) => unknown) | undefined): Resolver {
  if (original === undefined) {
    return (source, _args, _ctx, info) => {
      if (source["@"] !== true) return source[name];
      const value = source[info.path.key];
      if (value === undefined) return source["@row"][name];
      return finish ? finish(value) : value;
    };
  }
  return (source, args, ctx, info) => {
    if (source["@"] !== true) return original(source, args, ctx, info);
    const value = source[info.path.key];
    if (value === undefined) return original(source["@row"], args, ctx, info);
    return finish ? finish(value) : value;
  };
}

import { buildSchema, parse } from "graphql";
import type { Context } from "../../src/context";
import { OperationExecutor } from "../../src/http/executor";

// A schema of its own: what the executor must answer the same whichever engine runs it.
const schema = buildSchema(`
  type Item { id: ID! name: String! }
  type Box { items: [Item!]! }
  type Query { item(id: ID!): Item  box(n: Int!): Box }
`);
const fields = { query: schema.getQueryType()!.getFields(), item: (schema.getType("Item") as any).getFields(), box: (schema.getType("Box") as any).getFields() };
fields.query.item.resolve = (_s: unknown, { id }: { id: string }) => ({ id });
fields.query.box.resolve = (_s: unknown, { n }: { n: number }) => ({ n });
fields.box.items.resolve = ({ n }: { n: number }) => Array.from({ length: n }, (_, i) => ({ id: String(i) }));
// Every name past item "1" fails, as reads past a request's deadline all do.
fields.item.name.resolve = ({ id }: { id: string }) => (Number(id) >= 1 ? Promise.reject(new Error(`no name for ${id}`)) : `item ${id}`);
const ctx = {} as Context;

describe.each([true, false])("the operation executor (graphql-jit: %s)", (jit) => {
  const executor = new OperationExecutor(schema, jit);
  const run = (query: string, variables?: Record<string, unknown>) => executor.execute(parse(query), undefined, variables, ctx) as Promise<any>;

  it("gives a non-null variable its default when the request leaves it out, and the request's value when it does not", async () => {
    expect(await run(`query($id: ID! = "0") { item(id: $id) { id name } }`)).toEqual({ data: { item: { id: "0", name: "item 0" } } });
    expect(await run(`query($id: ID! = "0") { item(id: $id) { id } }`, { id: "8" })).toEqual({ data: { item: { id: "8" } } });
    const missing = await run(`query($id: ID!) { item(id: $id) { id } }`);
    expect(missing.errors.map((e: Error) => e.message)).toEqual([expect.stringMatching(/"\$id" of required type "ID!" was not provided/)]);
  });

  it("reports one error where a failure nulled the answer, not one per failing sibling", async () => {
    const result = await run(`{ box(n: 4) { items { id name } } }`);
    expect(result.data).toEqual({ box: null });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0].message).toMatch(/^no name for [123]$/);
    expect(result.errors[0].path).toEqual(["box", "items", Number(result.errors[0].message.slice(-1)), "name"]);
  });

  it("keeps one error for each place nulled", async () => {
    const result = await run(`{ a: box(n: 3) { items { name } } b: box(n: 1) { items { name } } c: box(n: 2) { items { name } } }`);
    expect(result.data).toEqual({ a: null, b: { items: [{ name: "item 0" }] }, c: null });
    expect(result.errors.map((e: any) => e.path.slice(0, 2).join("."))).toEqual(["a.items", "c.items"]);
  });
});

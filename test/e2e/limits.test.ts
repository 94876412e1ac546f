import { buildSchema } from "graphql";
import { LIST_SIZES, limitsPlugin, unpagedListFields } from "../../src/limits";
import { buildGraphQLSchema } from "../../src/schema";
import { startTestApi, TestApi } from "../setup/api";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe("query limits", () => {
  it("refuses a depth bomb before running it", async () => {
    const bomb = `{ plans { outline { ${"children { ".repeat(15)} id ${"} ".repeat(15)} } } }`;
    const body = await api.gql(bomb);
    expect(body.errors[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
    expect(body.errors[0].message).toMatch(/query depth 18 exceeds the limit of 12/);
    expect(body.extensions.cost.dbRoundTrips).toBe(0);
  });

  it("refuses alias fan-out by cost", async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: tasks(first: 500) { nodes { lead { leads(first: 500) { nodes { id } } } } }`).join("\n");
    const body = await api.gql(`{ ${aliases} }`);
    expect(body.errors[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
    expect(body.errors[0].message).toMatch(/query cost \d+ exceeds the limit of 5000000/);
  });

  it("costs an unpaged list at its estimated size, so aliases of nested outlines are refused", async () => {
    // 270 aliases of the whole outline of every plan: under the token cap, 270 round trips and ~10 MB if run.
    const aliases = Array.from({ length: 270 }, (_, i) => `p${i}: plans { ...W }`).join(" ");
    const body = await api.gql(`{ ${aliases} } fragment W on Plan { outline { children { children { text } } } }`);
    // The cost from the rule in src/limits.ts: a field costs 1, a list 1 + its size × what is under it.
    // text = 1; children = 1 + 20·1 = 21; children = 1 + 20·21 = 421; outline = 1 + 20·421 = 8421;
    // plans (no `loaded`: 20) = 1 + 20·8421 = 168421 per alias; 270 aliases = 45,473,670.
    const size = (field: string) => {
      const s = LIST_SIZES[field];
      return typeof s === "number" ? s : s({});
    };
    const list = (field: string, under: number) => 1 + size(field) * under;
    const perAlias = list("Query.plans", list("Plan.outline", list("Task.children", list("Task.children", 1))));
    expect(270 * perAlias).toBe(45_473_670);
    expect(body.errors[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
    expect(body.errors[0].message).toMatch(new RegExp(`query cost ${270 * perAlias} exceeds the limit of ${api.config.graphql.maxCost}; .*each unpaged list counts as its estimated size`));
    expect(body.extensions.cost.dbRoundTrips).toBe(0);
  });

  it("lets one plan's outline three levels deep through", async () => {
    const body = await api.gql(`{ plan(id: "Plan:000_1cc9d6698810e7a5") { outline { title children { title children { title text lead { name } units { printedName } } } } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.plan.outline.length).toBeGreaterThan(0);
  });

  it("has a size estimate for every unpaged list of objects in the schema, and no other", () => {
    expect(unpagedListFields(buildGraphQLSchema())).toEqual(Object.keys(LIST_SIZES).sort());
    expect(unpagedListFields(buildGraphQLSchema())).toEqual(expect.arrayContaining(["Query.plans", "Plan.outline", "Task.children", "Task.lead", "Task.units", "Region.children", "Task.upstream"]));
  });

  it("refuses to start with an unpaged list that has no size estimate", () => {
    const schema = buildSchema("type Query { plans: [Plan!]! } type Plan { id: ID! parts: [Plan!]! }");
    expect(() => limitsPlugin(schema, api.config.graphql)).toThrow(/LIST_SIZES must estimate exactly the unpaged list fields of the schema: missing Plan.parts; no such unpaged list Query.regions/);
  });

  it("follows fragments when measuring depth", async () => {
    const body = await api.gql(`
      query { plans { ...A } }
      fragment A on Plan { outline { ...B } }
      fragment B on Task { children { children { children { children { children { children { children { children { children { children { id } } } } } } } } } } }`);
    expect(body.errors[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
  });

  it("has no mutations or subscriptions", async () => {
    for (const op of ["mutation { deletePlan(id: 1) }", "subscription { planLoaded { id } }"]) {
      const body = await api.gql(op);
      expect(body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
      expect(body.errors[0].message).toMatch(/this API only reads: (mutation|subscription) operations are not supported/);
    }
  });

  it("can switch introspection off", async () => {
    const closed = await startTestApi({ INTROSPECTION: "false", EXPLORER: "false" });
    try {
      const body = await closed.gql("{ __schema { types { name } } }");
      expect(body.errors[0].message).toMatch(/introspection/i);
      expect((await fetch(`${closed.url}/`)).status).toBe(404);
    } finally {
      await closed.close();
    }
  });
});

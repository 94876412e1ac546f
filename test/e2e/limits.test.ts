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
    expect(body.errors[0].message).toMatch(/query cost \d+ exceeds the limit of 250000/);
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

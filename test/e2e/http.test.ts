import { startTestApi, TestApi } from "../setup/api";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe("the HTTP server", () => {
  it("answers { __typename } with the cost of the request", async () => {
    const body = await api.gql("{ __typename }");
    expect(body.data).toEqual({ __typename: "Query" });
    expect(body.extensions.cost).toEqual({ dbRoundTrips: 0, ms: expect.any(Number) });
  });

  it("reports health and readiness", async () => {
    expect(await (await fetch(`${api.url}/health`)).json()).toEqual({ status: "ok" });
    const ready = await fetch(`${api.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });

  it("serves the explorer page and its local assets", async () => {
    const page = await fetch(`${api.url}/`);
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).not.toMatch(/https?:\/\//);
    for (const [, asset] of html.matchAll(/(?:src|href)="(\/explorer\/[^"]+)"/g)) {
      const res = await fetch(`${api.url}${asset}`);
      expect(res.status).toBe(200);
    }
  });

  it("keeps idle connections open longer than clients and balancers do, and says so", async () => {
    // fetch (undici) reuses a connection for 1 s less than the server announces: a server closing first would race it.
    const res = await fetch(`${api.url}/health`);
    expect(res.headers.get("keep-alive")).toBe(`timeout=${api.config.http.keepAliveMs / 1000}`);
    expect(api.config.http.keepAliveMs).toBe(65_000);
  });

  it("tags every response with a request id, echoing the client's", async () => {
    const res = await fetch(`${api.url}/health`, { headers: { "x-request-id": "abc-123" } });
    expect(res.headers.get("x-request-id")).toBe("abc-123");
  });

  it("refuses a body over the size limit with a clear error", async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ __typename } # ${"x".repeat(api.config.http.bodyLimitBytes)}` }),
    });
    expect(res.status).toBe(413);
    expect((await res.json()).errors[0].message).toMatch(/larger than the limit/);
  });

  it("refuses malformed JSON with a clear error", async () => {
    const res = await fetch(`${api.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: "{ not json" });
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].message).toMatch(/not valid JSON/);
  });

  it("answers unknown routes with 404", async () => {
    expect((await fetch(`${api.url}/nowhere`)).status).toBe(404);
  });
});

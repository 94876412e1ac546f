import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { startTestApi, TestApi } from "../setup/api";

/** ETags from the graph's version, 304 for If-None-Match, GET and automatic persisted queries. */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const QUERY = `query Tibet($id: ID!) { plan(id: $id) { title tasks(first: 3) { nodes { number title lead { name } } } } }`;
const TIBET = { id: "Plan:001_aa40d479269d3f1a" };
const SICHUAN = { id: "Plan:000_1cc9d6698810e7a5" };
const ETAG = /^W\/"[0-9a-f]{8}-\d+-[A-Za-z0-9_-]{22}"$/;

async function post(body: object, headers: Record<string, string> = {}) {
  const res = await fetch(`${api.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  return { status: res.status, etag: res.headers.get("etag"), cacheControl: res.headers.get("cache-control"), text: await res.text() };
}

async function get(params: Record<string, unknown>, headers: Record<string, string> = {}) {
  const query = Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(typeof v === "string" ? v : JSON.stringify(v))}`)
    .join("&");
  const res = await fetch(`${api.url}/graphql?${query}`, { headers: { "apollo-require-preflight": "true", ...headers } });
  return { status: res.status, etag: res.headers.get("etag"), text: await res.text() };
}

/** Counts the graph up as a document load does (its own statement, cypher/load/bump-graph-version.cypher). */
async function bumpGraphVersion(): Promise<void> {
  await api.db.write("test", fs.readFileSync(path.join(__dirname, "../../cypher/load/bump-graph-version.cypher"), "utf8"));
}

describe("HTTP caching of answers", () => {
  it("names an answer by the graph's version and the request, and answers 304 without running it while that holds", async () => {
    const first = await post({ query: QUERY, variables: TIBET });
    expect(first.status).toBe(200);
    expect(first.etag).toMatch(ETAG);
    expect(first.cacheControl).toBe("no-cache");
    expect(JSON.parse(first.text).data.plan.title).toBe("西藏自治区关于深化医疗保障制度改革的实施意见");
    expect((await post({ query: QUERY, variables: TIBET })).etag).toBe(first.etag);
    expect((await post({ query: QUERY, variables: SICHUAN })).etag).not.toBe(first.etag);

    const statements = jest.spyOn(api.db, "readValue");
    try {
      const again = await post({ query: QUERY, variables: TIBET }, { "if-none-match": first.etag! });
      expect(again).toMatchObject({ status: 304, etag: first.etag, text: "" });
      expect(statements).not.toHaveBeenCalled();
      // Another request's ETag, or a list of them without ours, does not match.
      const other = await post({ query: QUERY, variables: SICHUAN }, { "if-none-match": `W/"x", ${first.etag}` });
      expect(other.status).toBe(200);
    } finally {
      statements.mockRestore();
    }
  });

  it("answers in full, with a new ETag, once a load has changed the graph", async () => {
    const before = await post({ query: QUERY, variables: TIBET });
    await bumpGraphVersion();
    const after = await post({ query: QUERY, variables: TIBET }, { "if-none-match": before.etag! });
    expect(after.status).toBe(200);
    expect(after.etag).toMatch(ETAG);
    expect(after.etag).not.toBe(before.etag);
    expect(JSON.parse(after.text).data).toEqual(JSON.parse(before.text).data);
  });

  it("serves queries by GET and by persisted query hash, under the same ETag as the POST", async () => {
    const posted = await post({ query: QUERY, variables: TIBET });
    const byGet = await get({ query: QUERY, variables: TIBET });
    expect(byGet.status).toBe(200);
    expect(byGet.etag).toBe(posted.etag);
    expect(JSON.parse(byGet.text).data).toEqual(JSON.parse(posted.text).data);

    const sha256Hash = createHash("sha256").update(QUERY).digest("hex");
    const persisted = { persistedQuery: { version: 1, sha256Hash } };
    const unknown = await get({ extensions: persisted, variables: SICHUAN, operationName: "Tibet" });
    expect(JSON.parse(unknown.text).errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    // Apollo's convention: the client then sends the query with its hash once, and the hash alone after that.
    const registered = await get({ query: QUERY, extensions: persisted, variables: SICHUAN, operationName: "Tibet" });
    expect(registered.status).toBe(200);
    const byHash = await get({ extensions: persisted, variables: SICHUAN, operationName: "Tibet" });
    expect(byHash.status).toBe(200);
    expect(JSON.parse(byHash.text).data.plan.title).toBe("四川省“十四五”全民医疗保障规划");
    expect(byHash.etag).toBe(registered.etag);
    const notModified = await get({ extensions: persisted, variables: SICHUAN, operationName: "Tibet" }, { "if-none-match": byHash.etag! });
    expect(notModified.status).toBe(304);
  });

  it("gives no ETag to an answer with errors or one read by the loaders, which carry no version", async () => {
    const bad = await post({ query: `{ plan(id: "Plan:001_aa40d479269d3f1a") { tasks(first: 9999) { totalCount } } }` });
    expect(JSON.parse(bad.text).errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(bad.etag).toBeNull();
    const byNode = await post({ query: `{ node(id: "Plan:001_aa40d479269d3f1a") { id } }` });
    expect(JSON.parse(byNode.text).data.node.id).toBe("Plan:001_aa40d479269d3f1a");
    expect(byNode.etag).toBeNull();
  });

  it("still refuses a GET without Apollo's CSRF header", async () => {
    const res = await fetch(`${api.url}/graphql?query=${encodeURIComponent(QUERY)}&variables=${encodeURIComponent(JSON.stringify(TIBET))}`);
    expect(res.status).toBe(400);
  });
});

import { startApi, ReliabilityApi } from "./support/api";

/**
 * Hostile and malformed GraphQL over HTTP, beyond what e2e/limits, e2e/api and
 * e2e/http already cover (one depth bomb, alias fan-out, first 501/-1, a bad
 * cursor and id, an unknown enum literal, malformed JSON, one oversized body).
 * Every case gets a clear error, and the server keeps serving (checked after each).
 */
let api: ReliabilityApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());
afterEach(async () => {
  expect((await api.gql("{ plans(loaded: true) { id } }")).body.data.plans).toHaveLength(5);
});

const post = (body: string | Buffer, contentType = "application/json") =>
  fetch(`${api.url}/graphql`, { method: "POST", headers: { "content-type": contentType }, body: typeof body === "string" ? body : new Uint8Array(body) });

describe("queries built to cost more than they look", () => {
  it("refuses fragment fan-out: a fragment of wide pages spread under many aliases is costed in full", async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: tasks(first: 500) { ...Wide }`).join(" ");
    const { body } = await api.gql(`{ ${aliases} } fragment Wide on TaskConnection { nodes { lead { leads(first: 500) { nodes { id } } } } }`);
    expect(body.errors[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
    expect(body.extensions.cost.dbRoundTrips).toBe(0);
  });

  it("refuses a thousand aliases of an unpaged list by the token limit, before any work", async () => {
    const aliases = Array.from({ length: 1_000 }, (_, i) => `p${i}: plans { ...W }`).join(" ");
    const { status, body } = await api.gql(`{ ${aliases} } fragment W on Plan { outline { children { text } } }`);
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe("GRAPHQL_PARSE_FAILED");
    expect(body.errors[0].message).toMatch(/Document contains more tha[nt] 2000 tokens/);
    expect(body.extensions.cost.dbRoundTrips).toBe(0);
  });

  it("refuses a fragment that spreads itself (a cycle) at validation", async () => {
    const { body } = await api.gql(`{ plans { ...A } } fragment A on Plan { cites { ...B } } fragment B on Plan { citedBy { ...A } }`);
    expect(body.errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(body.errors[0].message).toMatch(/Cannot spread fragment "A" within itself/);
  });

  it("refuses a depth bomb of 2,000 levels at the parser, with a message rather than a stack overflow", async () => {
    const bomb = `{ plans { outline { ${"children { ".repeat(2_000)} id ${"} ".repeat(2_000)} } } }`;
    const { status, body } = await api.gql(bomb);
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe("GRAPHQL_PARSE_FAILED");
    expect(body.errors[0].message).toMatch(/Document contains more tha[nt] 2000 tokens. Parsing aborted/);
  });

  it("refuses a depth bomb hidden in nested inline fragments", async () => {
    const bomb = `{ plans { outline { ${"... on Task { children { ".repeat(15)} id ${"} } ".repeat(15)} } } }`;
    const { body } = await api.gql(bomb);
    expect(body.errors[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
  });

  it("counts a page size passed as a variable at its real size", async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: tasks(first: $n) { nodes { lead { leads(first: $n) { nodes { id } } } } }`).join(" ");
    const { body } = await api.gql(`query($n: Int) { ${aliases} }`, { n: 500 });
    expect(body.errors[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
  });
});

describe("arguments out of range", () => {
  it.each([
    ["first beyond a 32-bit Int", `{ tasks(first: 99999999999) { totalCount } }`, "GRAPHQL_VALIDATION_FAILED", /Int cannot represent non 32-bit signed integer value/],
    ["first at the largest Int", `{ tasks(first: 2147483647) { totalCount } }`, "QUERY_TOO_COMPLEX", /query cost \d+ exceeds the limit/],
    ["a negative page on a nested connection", `{ departments(first: 1) { nodes { leads(first: -5) { totalCount } } } }`, "BAD_USER_INPUT", /non-negative/],
    ["a negative search size", `{ search(text: "医保", first: -3) { score } }`, "BAD_USER_INPUT", /first must be an integer from 1 to 500, got -3/],
    ["a negative year", `{ tasks(filter: { dueBy: -2022 }) { totalCount } }`, "BAD_USER_INPUT", /dueBy must be a year between 1900 and 2200, got -2022/],
    ["a float for an Int", `{ tasks(first: 1.5) { totalCount } }`, "GRAPHQL_VALIDATION_FAILED", /Int cannot represent non-integer value: 1.5/],
  ])("refuses %s with a message naming the value", async (_what, query, code, message) => {
    const { body } = await api.gql(query);
    expect(body.errors[0].extensions.code).toBe(code);
    expect(body.errors[0].message).toMatch(message);
  });

  it.each([
    ["an unknown enum value", `query($v: TaskKind) { tasks(filter: { kind: $v }) { totalCount } }`, "BOOK", /Value "BOOK" does not exist in "TaskKind" enum/],
    ["a string for an Int", `query($v: Int) { tasks(first: $v) { totalCount } }`, "many", /Int cannot represent non-integer value: "many"/],
    ["a number beyond 32 bits", `query($v: Int) { tasks(first: $v) { totalCount } }`, 2 ** 40, /Int cannot represent non 32-bit signed integer value/],
    ["an object for an ID", `query($v: ID!) { plan(id: $v) { id } }`, { $gt: "" }, /ID cannot represent value/],
  ])("refuses %s passed as a variable with 400 BAD_USER_INPUT", async (_what, query, value, message) => {
    const { status, body } = await api.gql(query, { v: value });
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(body.errors[0].message).toMatch(message);
  });
});

describe("malformed ids and cursors", () => {
  const long = "Plan:" + "x".repeat(10_000);
  it.each([
    ["an empty id", `{ plan(id: "") { id } }`, /Malformed Plan id ""/],
    ["an id of another type", `{ task(id: "Plan:001_aa40d479269d3f1a") { id } }`, /Malformed Task id/],
    ["an id without a type", `{ node(id: "001_aa40d479269d3f1a") { id } }`, /known type/],
    ["a cursor of base64 garbage", `{ tasks(after: "////") { totalCount } }`, /Invalid cursor/],
    ["a cursor that decodes to nothing", `{ tasks(after: "") { totalCount } }`, /Invalid cursor/],
    ["a cursor of a different connection", `{ departments(after: "${Buffer.from("Task|Plan:x|000001").toString("base64url")}") { totalCount } }`, /Invalid cursor/],
  ])("refuses %s with BAD_USER_INPUT", async (_what, query, message) => {
    const { body } = await api.gql(query);
    expect(body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(body.errors[0].message).toMatch(message);
  });

  it("refuses a 10,000-character id, echoing only a bounded part of it", async () => {
    const { body } = await api.gql(`query($id: ID!) { plan(id: $id) { id } }`, { id: long });
    expect(body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(body.errors[0].message.length).toBeLessThan(300);
  });

  it("does not echo a 10,000-character cursor back whole", async () => {
    const { body } = await api.gql(`query($a: String) { tasks(after: $a) { totalCount } }`, { a: "z".repeat(10_000) });
    expect(body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(body.errors[0].message.length).toBeLessThan(300);
  });
});

describe("requests that are not GraphQL over HTTP", () => {
  it("refuses a body that is not JSON under a JSON content type: truncated", async () => {
    const res = await post(`{"query": "{ plans { id } }"`);
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].message).toMatch(/not valid JSON/);
  });

  it("refuses a wrong content type with a clear error", async () => {
    const res = await post("{ plans { id } }", "text/plain");
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toMatch(/content-type|POST body missing/i);
  });

  it("refuses a form-encoded body (the shape of a cross-site request)", async () => {
    const res = await post("query=%7B%20plans%20%7B%20id%20%7D%20%7D", "application/x-www-form-urlencoded");
    expect(res.status).toBe(400);
  });

  it("refuses a JSON body that is not an object: an array (batching is off), a string, null", async () => {
    for (const body of [`[{"query":"{ __typename }"},{"query":"{ __typename }"}]`, `"{ __typename }"`, "null"]) {
      const res = await post(body);
      expect(res.status).toBe(400);
      expect((await res.json()).errors[0].message).toBeTruthy();
    }
  });

  it("refuses a query that is not a string", async () => {
    const res = await post(JSON.stringify({ query: { plans: "id" } }));
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].message).toMatch(/GraphQL queries must be strings/);
  });

  it("refuses variables that are not an object", async () => {
    const res = await post(JSON.stringify({ query: "{ __typename }", variables: "oops" }));
    expect(res.status).toBe(400);
  });

  it("refuses a 5 MB body before reading it whole", async () => {
    const res = await post(Buffer.alloc(5 * 2 ** 20, "a"));
    expect(res.status).toBe(413);
    expect((await res.json()).errors[0].message).toMatch(/larger than the limit of 100000 bytes/);
  });

  it("refuses a mutation sent by GET", async () => {
    const res = await fetch(`${api.url}/graphql?query=${encodeURIComponent("mutation { x }")}`, { headers: { "apollo-require-preflight": "1" } });
    expect(res.status).toBe(405);
  });

  it("refuses a GET query without a preflight header (CSRF protection)", async () => {
    const res = await fetch(`${api.url}/graphql?query=${encodeURIComponent("{ __typename }")}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/);
  });

  it("refuses an operation that uses a subscription over plain HTTP", async () => {
    const { body } = await api.gql("subscription S { plans { id } }");
    expect(body.errors[0].message).toMatch(/subscription/);
  });
});

describe("introspection when it is switched off", () => {
  it("refuses __schema and __type, and suggests no field names", async () => {
    const closed = await startApi({ env: { INTROSPECTION: "false" } });
    try {
      for (const q of ["{ __schema { queryType { name } } }", `{ __type(name: "Plan") { fields { name } } }`]) {
        const { body } = await closed.gql(q);
        expect(body.errors[0].message).toMatch(/introspection/i);
      }
      // "Did you mean …?" would leak the schema one field at a time.
      const { body } = await closed.gql("{ plan { titl } }");
      expect(body.errors[0].message).not.toMatch(/Did you mean/);
    } finally {
      await closed.close();
    }
  });
});

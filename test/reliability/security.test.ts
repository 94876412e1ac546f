import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { loadConfig } from "../../src/config";
import { writeNeo4jConf } from "../../src/local-neo4j/conf";
import { buildGraphQLSchema } from "../../src/schema";
import { startApi, ReliabilityApi } from "./support/api";
import { MIX } from "./support/load";

/** Safe by default: loopback, read-only, closed in production, credentials kept out of logs. */
const ROOT = path.resolve(__dirname, "../..");

describe("by default", () => {
  it("the API listens on loopback, with no CORS origin, and the project's own Neo4j binds Bolt to loopback only", async () => {
    expect(loadConfig({}).http).toMatchObject({ host: "127.0.0.1", corsOrigins: [] });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rel-conf-"));
    const conf = fs.readFileSync(path.join(writeNeo4jConf({ ...loadConfig({}).local, dir }), "neo4j.conf"), "utf8");
    expect(conf).toMatch(/^server\.default_listen_address=127\.0\.0\.1$/m);
    expect(conf).toMatch(/^server\.bolt\.listen_address=127\.0\.0\.1:\d+$/m);
    expect(conf).toMatch(/^server\.http\.enabled=false$/m);
    fs.rmSync(dir, { recursive: true });
  });

  it("NODE_ENV=production turns the explorer and introspection off; each can still be switched back on", () => {
    expect(loadConfig({ NODE_ENV: "production" }).graphql).toMatchObject({ explorer: false, introspection: false });
    expect(loadConfig({ NODE_ENV: "production", EXPLORER: "true", INTROSPECTION: "on" }).graphql).toMatchObject({ explorer: true, introspection: true });
    expect(loadConfig({ NODE_ENV: "development" }).graphql).toMatchObject({ explorer: true, introspection: true });
  });
});

describe("a production server", () => {
  let api: ReliabilityApi;
  beforeAll(async () => {
    api = await startApi({ env: { NODE_ENV: "production" } });
  });
  afterAll(() => api.close());

  it("serves no explorer page and refuses introspection", async () => {
    expect((await fetch(`${api.url}/`)).status).toBe(404);
    const { body } = await api.gql("{ __schema { types { name } } }");
    expect(body.errors[0].message).toMatch(/introspection/i);
  });

  it("grants no origin by CORS unless CORS_ORIGINS lists it", async () => {
    const res = await fetch(`${api.url}/graphql`, { method: "OPTIONS", headers: { origin: "https://evil.example", "access-control-request-method": "POST" } });
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    const open = await startApi({ env: { NODE_ENV: "production", CORS_ORIGINS: "https://audit.example" } });
    try {
      const allowed = await fetch(`${open.url}/graphql`, { method: "OPTIONS", headers: { origin: "https://audit.example" } });
      expect(allowed.headers.get("access-control-allow-origin")).toBe("https://audit.example");
      const other = await fetch(`${open.url}/graphql`, { method: "OPTIONS", headers: { origin: "https://evil.example" } });
      expect(other.headers.get("access-control-allow-origin")).toBeNull();
    } finally {
      await open.close();
    }
  });
});

describe("the API only reads", () => {
  it("has no mutation and no subscription type", () => {
    const schema = buildGraphQLSchema();
    expect(schema.getMutationType()).toBeUndefined();
    expect(schema.getSubscriptionType()).toBeUndefined();
  });

  it("opens nothing but read sessions while answering every contract query, and never calls a write path", async () => {
    const api = await startApi();
    const modes: string[] = [];
    const session = api.db.driver.session.bind(api.db.driver);
    api.db.driver.session = ((cfg: Parameters<typeof session>[0]) => (modes.push(String(cfg?.defaultAccessMode)), session(cfg))) as typeof session;
    const write = jest.spyOn(api.db, "write");
    const writeTransaction = jest.spyOn(api.db, "writeTransaction");
    try {
      for (const op of MIX) expect((await api.gql(op.query, op.variables)).body.errors).toBeUndefined();
      expect(modes.length).toBeGreaterThan(MIX.length);
      expect(new Set(modes)).toEqual(new Set(["READ"]));
      expect(write).not.toHaveBeenCalled();
      expect(writeTransaction).not.toHaveBeenCalled();
    } finally {
      await api.close();
    }
  });

  it("cannot write through the read path even if a statement tried (Neo4j refuses writes in a read transaction)", async () => {
    const api = await startApi();
    try {
      await expect(api.db.read("probe", "CREATE (n:ReliabilityProbe) RETURN n")).rejects.toThrow(/read access mode|not allowed|AccessMode/i);
      const [row] = await api.db.read("probe", "MATCH (n:ReliabilityProbe) RETURN count(n) AS n");
      expect(row.n).toBe(0);
    } finally {
      await api.close();
    }
  });

  it("no module the server runs (server.ts and the schema, with all they import) calls a write path", () => {
    const { modules, writers } = writersReachableFrom(["src/server.ts", "src/schema.ts"]);
    expect(modules).toBeGreaterThan(20);
    expect(writers).toEqual([]);
    // The check sees a writer when there is one.
    expect(writersReachableFrom(["src/ingest/seeds.ts"]).writers).toContain("src/ingest/load.ts");
  });
});

/** Modules reachable by relative imports (static or dynamic) from `roots`, and those among them that write. */
function writersReachableFrom(roots: string[]): { modules: number; writers: string[] } {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, spec] of fs.readFileSync(file, "utf8").matchAll(/(?:from |import\()\s*"(\.{1,2}\/[^"]+)"/g)) {
      const base = path.resolve(path.dirname(file), spec);
      const target = [`${base}.ts`, path.join(base, "index.ts")].find((f) => fs.existsSync(f));
      if (target) visit(target);
    }
  };
  for (const r of roots) visit(path.join(ROOT, r));
  const writes = /\.(write|writeTransaction|executeWrite)\(|driver\.session\(|\bsession\.run\(/;
  const writers = [...seen]
    .filter((f) => !f.endsWith(`${path.sep}db.ts`))
    // Streams and sinks have write() too; only database writes count.
    .filter((f) => writes.test(fs.readFileSync(f, "utf8").replace(/\b(sink|res|this\.res|process\.std(out|err))\.write\(/g, "")))
    .map((f) => path.relative(ROOT, f));
  return { modules: seen.size, writers };
}

describe("credentials and request ids in logs", () => {
  it("never writes NEO4J_PASSWORD into a log line, while every request's line carries its id", async () => {
    const api = await startApi({ env: { NEO4J_PASSWORD: "secret-xyz" }, logLevel: "debug" });
    try {
      await api.gql("{ plans { id } }", undefined, { "x-request-id": "rel-req-1" });
      await api.gql("{ plan(id: \"Task:x\") { id } }", undefined, { "x-request-id": "rel-req-2" });
      await api.gql("{ nope }");
      await fetch(`${api.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: "{ bad json" });
    } finally {
      await api.close();
    }
    const lines = api.logs.map((l) => JSON.parse(l));
    expect(api.logs.join("\n")).not.toContain("secret-xyz");
    const requests = lines.filter((l) => l.msg === "graphql request");
    expect(requests.map((l) => l.requestId)).toEqual(expect.arrayContaining(["rel-req-1", "rel-req-2"]));
    for (const l of requests) expect(l.requestId).toMatch(/\S+/);
  });
});

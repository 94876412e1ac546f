import * as fs from "fs";
import * as net from "net";
import * as path from "path";
import { stopLocalNeo4j } from "../../src/local-neo4j/process";
import { testConfig } from "../setup/test-config";
import { Child, spawnTs } from "./support/child";

/**
 * The real `main` as its own process, with its own Neo4j (store .neo4j/test-shutdown,
 * Bolt port 7783, one seed), a password in its environment and debug logging:
 * where it listens, what it logs, and how it stops on SIGTERM in the middle of a request.
 */
const ROOT = path.resolve(__dirname, "../..");
const DIR = ".neo4j/test-shutdown";
const BOLT_PORT = 7783;
const SEEDS = path.join(DIR, "seeds");
const PASSWORD = "secret-xyz";
const neo4jConfig = testConfig({ NEO4J_URI: "", LOCAL_NEO4J_DIR: DIR, LOCAL_NEO4J_PORT: String(BOLT_PORT) });

let main: Child;
let port: number;

beforeAll(async () => {
  // A server left by an earlier, interrupted run would be reused and not owned: start clean.
  await stopLocalNeo4j(neo4jConfig, () => undefined);
  fs.mkdirSync(path.join(ROOT, SEEDS), { recursive: true });
  fs.copyFileSync(path.join(ROOT, "seeds/001_aa40d479269d3f1a.txt"), path.join(ROOT, SEEDS, "001_aa40d479269d3f1a.txt"));
  main = spawnTs("src/main.ts", [], {
    PORT: "0",
    HOST: "",
    NEO4J_URI: "",
    NEO4J_PASSWORD: PASSWORD,
    LOCAL_NEO4J_DIR: DIR,
    LOCAL_NEO4J_PORT: String(BOLT_PORT),
    LOCAL_NEO4J_HEAP: "512m",
    LOCAL_NEO4J_PAGECACHE: "128m",
    SEEDS_DIR: SEEDS,
    LOG_LEVEL: "debug",
  });
  const [, url] = await main.waitFor(/serving GraphQL at (http:\/\/\S+)\/graphql/, 240_000);
  port = Number(new URL(url).port);
}, 260_000);

afterAll(async () => {
  if (main && main.process.exitCode === null && main.process.signalCode === null) main.process.kill("SIGKILL");
  await stopLocalNeo4j(neo4jConfig, () => undefined);
}, 90_000);

/** Listening TCP sockets (address in the kernel's hex form, port) from /proc/net/tcp and tcp6. */
function listening(): { address: string; port: number; inode: string }[] {
  return ["/proc/net/tcp", "/proc/net/tcp6"].flatMap((table) =>
    fs
      .readFileSync(table, "utf8")
      .split("\n")
      .slice(1)
      .map((l) => l.trim().split(/\s+/))
      .filter((f) => f[3] === "0A")
      .map((f) => ({ address: f[1].split(":")[0], port: parseInt(f[1].split(":")[1], 16), inode: f[9] })),
  );
}

/** The listening sockets a process holds (matched by socket inode). */
function listeningOf(pid: number): { address: string; port: number }[] {
  const inodes = new Set(
    fs.readdirSync(`/proc/${pid}/fd`).flatMap((fd) => {
      try {
        return [/^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1] ?? ""];
      } catch {
        return [];
      }
    }),
  );
  return listening().filter((l) => inodes.has(l.inode));
}

/** 127.0.0.1 as IPv4, as IPv4-mapped IPv6 (how the JVM binds it), and ::1. */
const LOOPBACK = new Set(["0100007F", "0000000000000000FFFF00000100007F", "00000000000000000000000001000000"]);

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("the real process", () => {
  it("listens on loopback only: every listening socket of the API process and of the Neo4j it started", () => {
    const neo4jPid = Number(fs.readFileSync(path.join(ROOT, DIR, "run", "policy-graph-neo4j.pid"), "utf8"));
    const api = listeningOf(main.process.pid!);
    const neo = listeningOf(neo4jPid);
    expect(api.map((l) => l.port)).toContain(port);
    expect(neo.map((l) => l.port)).toContain(BOLT_PORT);
    for (const l of [...api, ...neo]) expect({ port: l.port, loopback: LOOPBACK.has(l.address) }).toEqual({ port: l.port, loopback: true });
  });

  it("writes each request's id into its log line", async () => {
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "rel-shutdown-1" },
      body: JSON.stringify({ query: "{ plans(loaded: true) { id } }" }),
    });
    expect((await res.json()).data.plans).toEqual([{ id: "Plan:001_aa40d479269d3f1a" }]);
    await main.waitFor(/"msg":"graphql request","requestId":"rel-shutdown-1"/, 10_000);
  });

  it(
    "on SIGTERM finishes the request in flight, takes no new ones, closes the driver, stops its Neo4j and exits 0",
    async () => {
      const neo4jPid = Number(fs.readFileSync(path.join(ROOT, DIR, "run", "policy-graph-neo4j.pid"), "utf8"));
      expect(isAlive(neo4jPid)).toBe(true);

      // A request whose body is still arriving when the signal comes.
      const body = JSON.stringify({ query: "{ plans(loaded: true) { id tasks(first: 50) { totalCount nodes { title lead { name } } } } }" });
      const socket = net.connect(port, "127.0.0.1");
      const response = new Promise<string>((resolve, reject) => {
        let data = "";
        socket.on("data", (d) => (data += d));
        socket.on("end", () => resolve(data));
        socket.on("error", reject);
      });
      await new Promise((r) => socket.once("connect", r));
      socket.write(
        `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nConnection: close\r\n` +
          `Content-Length: ${Buffer.byteLength(body)}\r\nx-request-id: rel-in-flight\r\n\r\n${body.slice(0, 20)}`,
      );
      await new Promise((r) => setTimeout(r, 300));

      main.process.kill("SIGTERM");
      await main.waitFor(/closing the HTTP server/, 10_000);
      // The kernel may still complete a handshake while the listener closes; what counts is no answer.
      const refused = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(5_000) }).then(
        () => false,
        () => true,
      );
      socket.write(body.slice(20));

      const raw = await response;
      expect(raw).toMatch(/^HTTP\/1\.1 200 OK/);
      const answer = JSON.parse(raw.slice(raw.indexOf("\r\n\r\n") + 4));
      expect(answer.data.plans[0].tasks.totalCount).toBe(30);
      expect(refused).toBe(true);

      expect(await main.exited).toBe(0);
      const { stderr } = main.output();
      const order = ["shutting down", "closing the HTTP server", "closing the Neo4j driver", `stopping Neo4j (pid ${neo4jPid})`, '"msg":"stopped"'].map((m) => stderr.indexOf(m));
      expect(order.every((at) => at >= 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      expect(stderr).toMatch(/"requestId":"rel-in-flight"/);
      expect(isAlive(neo4jPid)).toBe(false);
      expect(fs.existsSync(path.join(ROOT, DIR, "run", "policy-graph-neo4j.pid"))).toBe(false);
      expect(listening().filter((l) => l.port === BOLT_PORT)).toEqual([]);
    },
    120_000,
  );

  it("never wrote the Neo4j password anywhere: its output and its Neo4j's logs", () => {
    const { stdout, stderr } = main.output();
    expect(stderr.length).toBeGreaterThan(1_000);
    expect(stdout + stderr).not.toContain(PASSWORD);
    const logs = path.join(ROOT, DIR, "logs");
    for (const f of fs.readdirSync(logs)) expect(fs.readFileSync(path.join(logs, f), "utf8")).not.toContain(PASSWORD);
  });
});

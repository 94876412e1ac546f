import { spawn } from "child_process";
import * as fs from "fs";
import * as net from "net";
import * as path from "path";
import { runningPid, startLocalNeo4j, stopLocalNeo4j } from "../../src/local-neo4j/process";
import { testConfig } from "../setup/test-config";

/** The launcher's lifecycle on a store and port of its own, so the shared test database is untouched. */
const config = testConfig({ NEO4J_URI: "", LOCAL_NEO4J_DIR: ".neo4j/test-lifecycle", LOCAL_NEO4J_PORT: "7786" });
const log = () => undefined;
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
async function waitFor(check: () => boolean, ms: number): Promise<boolean> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await new Promise((r) => setTimeout(r, 250))) if (check()) return true;
  return check();
}

afterAll(() => stopLocalNeo4j(config, log));

describe("the project's own Neo4j", () => {
  it("starts with a pid file, is reused by a second start, and stops", async () => {
    expect(runningPid(config.local)).toBeUndefined();
    const first = await startLocalNeo4j(config, { tieToProcess: false, log });
    expect(first.owned).toBe(true);
    expect(fs.readFileSync(path.join(config.local.dir, "run", "policy-graph-neo4j.pid"), "utf8").trim()).toBe(String(first.pid));
    expect(fs.readFileSync(path.join(config.local.dir, "conf", "neo4j.conf"), "utf8")).toMatch(/server.bolt.listen_address=127.0.0.1:7786/);

    const second = await startLocalNeo4j(config, { tieToProcess: false, log });
    expect(second).toMatchObject({ pid: first.pid, owned: false });

    expect(await stopLocalNeo4j(config, log)).toBe(true);
    expect(alive(first.pid)).toBe(false);
    expect(runningPid(config.local)).toBeUndefined();
  }, 180_000);

  it("is stopped by its watchdog when the process that started it is killed", async () => {
    const script = `
      require("reflect-metadata");
      const { loadConfig } = require("./dist/src/config");
      const { startLocalNeo4j } = require("./dist/src/local-neo4j/process");
      const config = loadConfig({ LOCAL_NEO4J_DIR: ".neo4j/test-lifecycle", LOCAL_NEO4J_PORT: "7786" });
      startLocalNeo4j(config, { tieToProcess: true, log: () => {} }).then((n) => { console.log(n.pid); setInterval(() => {}, 1000); });`;
    const child = spawn(process.execPath, ["-e", script], { cwd: config.projectRoot, stdio: ["ignore", "pipe", "inherit"] });
    const jvm = await new Promise<number>((resolve, reject) => {
      child.stdout.once("data", (d) => resolve(Number(String(d).trim())));
      child.once("exit", (code) => reject(new Error(`launcher exited with ${code}`)));
    });
    expect(alive(jvm)).toBe(true);
    child.kill("SIGKILL");
    expect(await waitFor(() => !alive(jvm), 60_000)).toBe(true);
  }, 180_000);

  it("refuses a port another process holds, naming the variable to change", async () => {
    // The test holds a loopback port itself, so this runs whatever Neo4j the suite uses.
    const holder = net.createServer((socket) => socket.end());
    await new Promise<void>((resolve) => holder.listen(0, "127.0.0.1", resolve));
    const busyPort = String((holder.address() as net.AddressInfo).port);
    try {
      const other = testConfig({ NEO4J_URI: "", LOCAL_NEO4J_DIR: ".neo4j/test-lifecycle-b", LOCAL_NEO4J_PORT: busyPort });
      await expect(startLocalNeo4j(other, { tieToProcess: false, log })).rejects.toThrow(new RegExp(`port ${busyPort} is already in use.*LOCAL_NEO4J_PORT`));
      expect(fs.existsSync(path.join(other.local.dir, "run", "policy-graph-neo4j.pid"))).toBe(false);
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  });
});

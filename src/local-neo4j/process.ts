import { spawn } from "child_process";
import * as fs from "fs";
import * as net from "net";
import * as path from "path";
import type { Config } from "../config";
import { writeNeo4jConf } from "./conf";
import { provisionNeo4j } from "./provision";

/** Module flags that Neo4j's own start scripts pass on Java 17. */
const JVM_FLAGS = [
  "--add-opens=java.base/java.lang=ALL-UNNAMED",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/java.util=ALL-UNNAMED",
  "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
  "--add-opens=java.base/java.net=ALL-UNNAMED",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-XX:+ExitOnOutOfMemoryError",
  "-Djdk.tls.ephemeralDHKeySize=2048",
];

export interface LocalNeo4j {
  uri: string;
  pid: number;
  /** True when this process started the server and so must stop it. */
  owned: boolean;
  logFile: string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Stop the JVM when this Node process dies, even by SIGKILL (a watchdog shell polls our pid). */
  tieToProcess: boolean;
  log: (msg: string) => void;
}

export function pidFile(local: Config["local"]): string {
  return path.join(local.dir, "run", "policy-graph-neo4j.pid");
}

export function logFile(local: Config["local"]): string {
  return path.join(local.dir, "logs", "neo4j.log");
}

/** The pid of a running local server of this store, or undefined (a stale pid file is removed). */
export function runningPid(local: Config["local"]): number | undefined {
  const file = pidFile(local);
  if (!fs.existsSync(file)) return undefined;
  const pid = Number(fs.readFileSync(file, "utf8").trim());
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) return pid;
  fs.rmSync(file, { force: true });
  return undefined;
}

export async function startLocalNeo4j(config: Config, opts: StartOptions): Promise<LocalNeo4j> {
  const local = config.local;
  const uri = `bolt://127.0.0.1:${local.boltPort}`;
  const existing = runningPid(local);
  if (existing !== undefined) {
    opts.log(`reusing the local Neo4j already running (pid ${existing}) at ${uri}`);
    try {
      await waitForBolt(local.boltPort, local.startupTimeoutMs, logFile(local), () => isAlive(existing));
      return { uri, pid: existing, owned: false, logFile: logFile(local), stop: async () => undefined };
    } catch (e) {
      // It was shutting down (e.g. its owner just died): start afresh once it is gone.
      if (isAlive(existing)) throw e;
      fs.rmSync(pidFile(local), { force: true });
      opts.log(`the running Neo4j (pid ${existing}) exited; starting a new one`);
    }
  }
  if (await portAnswers(local.boltPort)) {
    throw new Error(
      `port ${local.boltPort} is already in use by a process this project did not start; ` +
        `set LOCAL_NEO4J_PORT to a free port, or NEO4J_URI to use that server`,
    );
  }
  provisionNeo4j(config.projectRoot, local.libDir, opts.log);
  const confDir = writeNeo4jConf(local);
  const logFrom = fileSize(logFile(local));
  const console = fs.openSync(path.join(local.dir, "logs", "console.log"), "a");
  opts.log(`starting Neo4j on ${uri} (store ${path.relative(config.projectRoot, local.dir)}, log ${path.relative(config.projectRoot, logFile(local))})`);
  const child = spawn(
    "java",
    [
      `-Xms${local.heap}`,
      `-Xmx${local.heap}`,
      ...JVM_FLAGS,
      "-cp",
      path.join(local.libDir, "*"),
      "org.neo4j.server.CommunityEntryPoint",
      `--home-dir=${local.dir}`,
      `--config-dir=${confDir}`,
    ],
    { detached: true, stdio: ["ignore", console, console] },
  );
  fs.closeSync(console);
  const pid = child.pid;
  if (pid === undefined) throw new Error("could not start java: is a JDK 17+ on PATH?");
  fs.writeFileSync(pidFile(local), `${pid}\n`);
  let exited: number | null | undefined;
  child.on("exit", (code) => (exited = code));
  child.unref();
  if (opts.tieToProcess) startWatchdog(process.pid, pid);
  const stop = () => stopPid(local, pid, opts.log);
  try {
    await waitForBolt(local.boltPort, local.startupTimeoutMs, logFile(local), () => exited === undefined, logFrom);
  } catch (e) {
    await stop();
    throw e;
  }
  opts.log(`Neo4j is up (pid ${pid})`);
  return { uri, pid, owned: true, logFile: logFile(local), stop };
}

export async function stopLocalNeo4j(config: Config, log: (msg: string) => void): Promise<boolean> {
  const pid = runningPid(config.local);
  if (pid === undefined) return false;
  await stopPid(config.local, pid, log);
  return true;
}

async function stopPid(local: Config["local"], pid: number, log: (msg: string) => void): Promise<void> {
  if (isAlive(pid)) {
    log(`stopping Neo4j (pid ${pid})`);
    signal(pid, "SIGTERM");
    // Neo4j checkpoints on SIGTERM; give it time before forcing.
    const deadline = Date.now() + 60_000;
    while (isAlive(pid) && Date.now() < deadline) await sleep(200);
    if (isAlive(pid)) signal(pid, "SIGKILL");
  }
  fs.rmSync(pidFile(local), { force: true });
}

/** A detached shell that outlives a SIGKILLed Node process just long enough to stop the JVM it started. */
function startWatchdog(parentPid: number, jvmPid: number): void {
  const script = `while kill -0 ${parentPid} 2>/dev/null; do sleep 1; done; kill -TERM ${jvmPid} 2>/dev/null`;
  spawn("sh", ["-c", script], { detached: true, stdio: "ignore" }).unref();
}

async function waitForBolt(port: number, timeoutMs: number, log: string, alive: () => boolean, logFrom = 0): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!alive()) throw new Error(`Neo4j exited during start-up; see ${log} and ${path.join(path.dirname(log), "console.log")}`);
    if ((await portAnswers(port)) && logSaysStarted(log, logFrom)) return;
    await sleep(250);
  }
  throw new Error(`Neo4j did not answer on Bolt port ${port} within ${timeoutMs} ms; see ${log}`);
}

/** Whether the log, from byte `from` on (this start's part), says the server finished starting. */
function logSaysStarted(log: string, from: number): boolean {
  try {
    return fs.readFileSync(log).subarray(from).toString("utf8").includes("INFO  Started.");
  } catch {
    return false;
  }
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.setTimeout(1000);
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
    socket.once("error", () => resolve(false));
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    /* already gone */
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

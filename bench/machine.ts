import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Database } from "../src/db";

export interface Machine {
  date: string;
  host: string;
  os: string;
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  node: string;
  java: string;
  neo4j: string;
  neo4jHeap: string;
  neo4jPageCache: string;
  neo4jGraphql: string;
  neo4jDriver: string;
  commit: string;
  /** 1-minute load average when the run started: other work on the machine shows here. */
  loadAverageAtStart: number;
}

/** What the numbers were measured on: they mean little without it. */
export async function describeMachine(db: Database, projectRoot: string, heap: string, pageCache: string): Promise<Machine> {
  const [component] = await db.read("bench/version", "CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition");
  const java = spawnSync("java", ["-version"], { encoding: "utf8" });
  const git = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: projectRoot, encoding: "utf8" });
  // The benchmark's own outputs (left by an earlier or interrupted run) are not changes to what is measured.
  const status = spawnSync("git", ["status", "--porcelain", "--", ".", ":!bench/RESULTS*.md", ":!bench/results*.json"], { cwd: projectRoot, encoding: "utf8" });
  const version = (pkg: string) => JSON.parse(fs.readFileSync(path.join(projectRoot, "node_modules", pkg, "package.json"), "utf8")).version as string;
  return {
    date: new Date().toISOString(),
    host: os.hostname(),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpuModel: os.cpus()[0]?.model.trim() ?? "unknown",
    cores: os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    java: (java.stderr || java.stdout || "unknown").split("\n")[0].trim(),
    neo4j: `${component.name} ${component.version} ${component.edition}`,
    neo4jHeap: heap,
    neo4jPageCache: pageCache,
    neo4jGraphql: version("@neo4j/graphql"),
    neo4jDriver: version("neo4j-driver"),
    commit: `${git.stdout.trim() || "unknown"}${status.stdout.trim() ? " (with uncommitted changes)" : ""}`,
    loadAverageAtStart: Math.round(os.loadavg()[0] * 10) / 10,
  };
}

/** Resident and peak resident memory of a process, from /proc (Linux); undefined elsewhere. */
export function processMemory(pid: number): { rssMiB: number; peakMiB: number } | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, "m").exec(status)?.[1] ?? NaN);
    return { rssMiB: Math.round(kib("VmRSS") / 1024), peakMiB: Math.round(kib("VmHWM") / 1024) };
  } catch {
    return undefined;
  }
}

/** Bytes under a directory (the Neo4j store). */
export function directorySize(dir: string): number {
  let total = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    total += e.isDirectory() ? directorySize(p) : e.isFile() ? fs.statSync(p).size : 0;
  }
  return total;
}

/** CPU time (user + system, ms) a process has used so far, from /proc (Linux, 100 ticks a second); undefined elsewhere. */
export function cpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

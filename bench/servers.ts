import { ChildProcess, spawn } from "child_process";
import * as path from "path";
import * as readline from "readline";

export interface BenchServer {
  which: "ours" | "peer" | "floor";
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts dist/bench/serve.js in a child process against the bench Neo4j and waits for its URL. */
export function startServer(which: "ours" | "peer" | "floor", neo4jUri: string, distDir: string): Promise<BenchServer> {
  const child: ChildProcess = spawn(process.execPath, [path.join(distDir, "bench", "serve.js"), which], {
    env: { ...process.env, NEO4J_URI: neo4jUri, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "warn", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${which} server did not start within 60 s`)), 60_000);
    child.once("exit", (code) => reject(new Error(`${which} server exited with ${code} before listening`)));
    readline.createInterface({ input: child.stdout! }).once("line", (line) => {
      clearTimeout(timer);
      const { url } = JSON.parse(line) as { url: string };
      resolve({
        which,
        url,
        pid: child.pid!,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once("exit", () => done());
            child.kill("SIGTERM");
            setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
          }),
      });
    });
  });
}

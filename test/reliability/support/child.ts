import { ChildProcess, spawn } from "child_process";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../../..");
const REGISTER = path.join(__dirname, "register-ts.js");

export interface Child {
  process: ChildProcess;
  output(): { stdout: string; stderr: string };
  /** Resolves when stdout or stderr has matched `pattern` (rejects on exit or after `timeoutMs`). */
  waitFor(pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray>;
  /** Exit code, or the signal's name when killed by one. */
  exited: Promise<number | string>;
}

/**
 * Runs one of the project's TypeScript entry points (`src/main.ts`, `scripts/ingest.ts`)
 * as its own Node process, from the current sources (see register-ts.js), with `env`
 * on top of this process's environment.
 */
export function spawnTs(entry: string, args: string[], env: Record<string, string>): Child {
  const child = spawn(process.execPath, ["-r", REGISTER, path.join(ROOT, entry), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  const waiters: (() => void)[] = [];
  const notify = () => waiters.forEach((w) => w());
  child.stdout!.on("data", (d) => ((stdout += d), notify()));
  child.stderr!.on("data", (d) => ((stderr += d), notify()));
  const exited = new Promise<number | string>((resolve) => child.on("exit", (code, signal) => (notify(), resolve(code ?? signal ?? -1))));
  return {
    process: child,
    output: () => ({ stdout, stderr }),
    exited,
    waitFor(pattern, timeoutMs) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${stdout}\n${stderr}`)), timeoutMs);
        const check = () => {
          const m = stdout.match(pattern) ?? stderr.match(pattern);
          if (m) {
            clearTimeout(timer);
            resolve(m);
          } else if (child.exitCode !== null || child.signalCode !== null) {
            clearTimeout(timer);
            reject(new Error(`exited (${child.exitCode ?? child.signalCode}) before ${pattern}:\n${stdout}\n${stderr}`));
          }
        };
        waiters.push(check);
        check();
      });
    },
  };
}

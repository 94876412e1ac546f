import { spawn } from "child_process";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
const REGISTER = path.join(ROOT, "test/reliability/support/register-ts.js");

/** Runs a shell pipeline from the project root; resolves with its stdout and stderr when it ends. */
function pipeline(command: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn("bash", ["-o", "pipefail", "-c", command], { cwd: ROOT });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * The ingest command as a notebook script uses it: `--dry-run --json` into a pipe
 * whose reader is slower than the writer (`| jq …`). The model of a plan runs to
 * hundreds of KiB, more than a pipe holds; the command must not exit before stdout
 * has drained.
 */
describe("npm run ingest -- --dry-run --json", () => {
  it("writes the whole document model into a slow pipe, as valid JSON", async () => {
    const ingest = `"${process.execPath}" -r "${REGISTER}" scripts/ingest.ts --dry-run --json seeds/000_1cc9d6698810e7a5.txt seeds/003_3805f0e95e16182c.txt`;
    const { code, stdout, stderr } = await pipeline(`${ingest} | (sleep 2; cat)`);
    expect(code).toBe(0);
    expect(stdout.length).toBeGreaterThan(128 * 1024);
    const docs = JSON.parse(stdout) as { file: string; tasks: unknown[] }[];
    expect(docs.map((d) => d.file)).toEqual(["seeds/000_1cc9d6698810e7a5.txt", "seeds/003_3805f0e95e16182c.txt"]);
    expect(docs.map((d) => d.tasks.length)).toEqual([118, 102]);
    expect(stderr).toMatch(/seeds\/003_3805f0e95e16182c.txt: .*\n\[ingest\] {3}text, encoding utf-8\n\[ingest\] {3}coverage: 182 of 212 lines read/);
  }, 60_000);
});

/** Progress of a long run, on stderr, with the time since the run started. */
const started = Date.now();

export function progress(msg: string): void {
  const s = Math.round((Date.now() - started) / 1000);
  process.stderr.write(`[bench ${String(Math.floor(s / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}] ${msg}\n`);
}

export function elapsedSeconds(): number {
  return Math.round((Date.now() - started) / 1000);
}

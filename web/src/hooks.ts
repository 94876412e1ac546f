import { useEffect, useState } from "preact/hooks";
import { ApiError } from "./api";

export type Loaded<T> = { state: "loading" } | { state: "error"; error: ApiError } | { state: "ok"; data: T };

/**
 * Runs `load` whenever `key` changes and keeps only the latest answer: a slow answer
 * to an earlier view never replaces the current one. `retry` runs it again.
 */
export function useLoad<T>(key: string, load: (signal: AbortSignal) => Promise<T>): [Loaded<T>, () => void] {
  const [result, setResult] = useState<Loaded<T>>({ state: "loading" });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const abort = new AbortController();
    setResult({ state: "loading" });
    load(abort.signal).then(
      (data) => !abort.signal.aborted && setResult({ state: "ok", data }),
      (e) => !abort.signal.aborted && setResult({ state: "error", error: e instanceof ApiError ? e : new ApiError(String((e as Error)?.message ?? e), "CLIENT_ERROR") }),
    );
    return () => abort.abort();
  }, [key, attempt]);
  return [result, () => setAttempt((n) => n + 1)];
}

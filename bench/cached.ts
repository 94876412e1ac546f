import { createHash } from "crypto";
import { GraphQLClient } from "./http-client";
import type { ContractQuery } from "./queries";
import { summarize, Summary } from "./stats";

/**
 * What HTTP caching saves (src/http/cache.ts), measured apart from every uncached figure:
 * a persisted query asked by its hash with GET (a full answer, as a CDN would forward it),
 * and the same GET with the answer's ETag in If-None-Match (304, no GraphQL run).
 */
export interface CachedComparison {
  query: string;
  /** GET by persisted-query hash, 200 with the full answer. */
  persisted: Summary;
  /** The same with If-None-Match: 304 Not Modified. */
  notModified: Summary;
  /** Whether every conditional request got 304 and every hash-only one 200 with the POST's ETag. */
  ok: boolean;
}

/** `?extensions=…&variables=…&operationName=…` of a persisted query, with the query itself when `withQuery`. */
export function persistedSearch(query: string, variables: Record<string, unknown>, withQuery: boolean): string {
  const sha256Hash = createHash("sha256").update(query).digest("hex");
  const parts = [`extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash } }))}`, `variables=${encodeURIComponent(JSON.stringify(variables))}`];
  if (withQuery) parts.push(`query=${encodeURIComponent(query)}`);
  return parts.join("&");
}

export async function compareCached(url: string, queries: ContractQuery[], reps: number, warmup: number): Promise<CachedComparison[]> {
  const client = new GraphQLClient(url, 1);
  const out: CachedComparison[] = [];
  try {
    for (const q of queries) {
      const registered = await client.get(persistedSearch(q.ours.query, q.ours.variables, true));
      const byHash = persistedSearch(q.ours.query, q.ours.variables, false);
      let ok = registered.status === 200 && !!registered.etag;
      const persisted: number[] = [];
      const notModified: number[] = [];
      for (let i = 0; i < warmup + reps; i++) {
        const t0 = performance.now();
        const full = await client.get(byHash);
        const t1 = performance.now();
        const conditional = await client.get(byHash, { "if-none-match": registered.etag ?? "" });
        const t2 = performance.now();
        ok &&= full.status === 200 && full.etag === registered.etag && conditional.status === 304;
        if (i < warmup) continue;
        persisted.push(t1 - t0);
        notModified.push(t2 - t1);
      }
      out.push({ query: q.name, persisted: summarize(persisted), notModified: summarize(notModified), ok });
    }
  } finally {
    client.close();
  }
  return out;
}

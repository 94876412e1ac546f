import * as http from "http";

/**
 * A minimal keep-alive JSON POST client for 127.0.0.1 only: the benchmark must
 * never send load anywhere else. One agent per run bounds the open connections.
 */
export class GraphQLClient {
  private readonly agent: http.Agent;
  private readonly target: URL;

  constructor(url: string, maxSockets: number) {
    this.target = new URL(url);
    if (this.target.hostname !== "127.0.0.1") throw new Error(`the benchmark only sends requests to 127.0.0.1, not ${this.target.hostname}`);
    this.agent = new http.Agent({ keepAlive: true, maxSockets });
  }

  /** POSTs a JSON body; resolves with the parsed answer, rejects on a transport error or a non-200 status. */
  async post(body: string): Promise<{ data?: any; errors?: any[] }> {
    const res = await this.send("POST", this.target.pathname, body, { "content-type": "application/json" });
    if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${res.text.slice(0, 300)}`);
    try {
      return JSON.parse(res.text);
    } catch (e) {
      throw new Error(`not JSON: ${res.text.slice(0, 300)}`);
    }
  }

  /**
   * GETs `?<search>` of the endpoint (a query, or a persisted query's hash) with Apollo's
   * CSRF header and any `headers` (If-None-Match): the status, the ETag and the body.
   */
  get(search: string, headers: Record<string, string> = {}): Promise<{ status: number; etag?: string; text: string }> {
    return this.send("GET", `${this.target.pathname}?${search}`, undefined, { "apollo-require-preflight": "true", ...headers });
  }

  private send(method: string, path: string, body: string | undefined, headers: Record<string, string>): Promise<{ status: number; etag?: string; text: string }> {
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: this.target.hostname,
          port: this.target.port,
          path,
          method,
          agent: this.agent,
          headers: body === undefined ? headers : { ...headers, "content-length": Buffer.byteLength(body) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, etag: res.headers.etag, text: Buffer.concat(chunks).toString("utf8") }));
          res.on("error", reject);
        },
      );
      req.setTimeout(60_000, () => req.destroy(new Error("no answer within 60 s")));
      req.on("error", reject);
      req.end(body);
    });
  }

  /** POSTs and fails on GraphQL errors too: a benchmark of wrong answers measures nothing. */
  async ask(body: string): Promise<any> {
    const res = await this.post(body);
    if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors).slice(0, 500)}`);
    return res.data;
  }

  close(): void {
    this.agent.destroy();
  }
}

export const requestBody = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });

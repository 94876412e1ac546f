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
  post(body: string): Promise<{ data?: any; errors?: any[] }> {
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: this.target.hostname,
          port: this.target.port,
          path: this.target.pathname,
          method: "POST",
          agent: this.agent,
          headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => {
            const text = Buffer.concat(chunks).toString("utf8");
            if (res.statusCode !== 200) return reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 300)}`));
            try {
              resolve(JSON.parse(text));
            } catch (e) {
              reject(new Error(`not JSON: ${text.slice(0, 300)}`));
            }
          });
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

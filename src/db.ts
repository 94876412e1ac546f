import neo4j, { Driver, ManagedTransaction, Neo4jError, Record as Neo4jRecord, Session, isDate, isDateTime, isInt, isNode, isRelationship } from "neo4j-driver";
import type { Config } from "./config";
import { DatabaseUnavailableError } from "./errors";

/** Counts what one request (or one command) costs the database. */
export class QueryStats {
  dbRoundTrips = 0;
  /** Every query sent, by name: tests assert batching on it. */
  readonly sent: string[] = [];
}

export type Row = Record<string, unknown>;

/**
 * The one database boundary: one driver, sessions closed in `finally`, auto-committed
 * reads and managed write transactions on the named database with a timeout, Neo4j values
 * converted to plain JS here, Neo4j errors mapped to API errors here.
 */
export class Database {
  private constructor(
    readonly driver: Driver,
    readonly database: string,
    private readonly timeoutMs: number,
    readonly uri: string,
  ) {}

  static connect(uri: string, neo: Config["neo4j"]): Database {
    const auth = neo.password ? neo4j.auth.basic(neo.user, neo.password) : neo4j.auth.basic(neo.user, "");
    const driver = neo4j.driver(uri, auth, {
      connectionTimeout: neo.connectionTimeoutMs,
      connectionAcquisitionTimeout: neo.connectionTimeoutMs,
      // Managed (write) transactions: one retry rides over a connection a restart left dead;
      // longer waits only keep clients hanging (the deadline in session() caps it all).
      maxTransactionRetryTime: Math.min(neo.queryTimeoutMs, 1_000),
      disableLosslessIntegers: true,
      userAgent: "policy-graph",
    });
    return new Database(driver, neo.database, neo.queryTimeoutMs, uri);
  }

  /** Sessions opened through this Database and not yet closed: tests assert it returns to 0 after load. */
  get openSessions(): number {
    return this.open;
  }

  private open = 0;

  /**
   * Runs one read statement auto-committed (`session.run` in a READ session: one round
   * trip fewer than a managed transaction, and routed to a reader in a cluster) and
   * returns its rows as plain objects. `timeoutMs` (default QUERY_TIMEOUT_MS) bounds it
   * on the server and on the client. A connection that fails before the server answered
   * (one a Neo4j restart left dead in the pool) is retried on a fresh one, at most twice:
   * the statement never ran, and reads have no effect to repeat anyway.
   */
  async read(name: string, query: string, params: Row = {}, stats?: QueryStats, timeoutMs = this.timeoutMs): Promise<Row[]> {
    const rows: Row[] = [];
    await this.run(name, query, params, stats, timeoutMs, (record) => void rows.push(toRow(record)));
    return rows;
  }

  /**
   * Like `read`, for a statement that returns one row of `value` and `version` (a compiled
   * root field and the graph version it read): the value as the driver decodes it, without
   * the copy `toJs` makes. It holds only maps, lists, strings, numbers (integers arrive as
   * numbers), booleans and nulls.
   */
  async readValue(name: string, query: string, params: Row = {}, stats?: QueryStats, timeoutMs = this.timeoutMs): Promise<{ value: unknown; version: string | null }> {
    let row = { value: null as unknown, version: null as string | null };
    await this.run(name, query, params, stats, timeoutMs, (record) => void (row = { value: record.get("value"), version: record.get("version") }));
    return row;
  }

  private async run(name: string, query: string, params: Row, stats: QueryStats | undefined, timeoutMs: number, onRecord: (r: Neo4jRecord) => void): Promise<void> {
    count(stats, name);
    const timeout = Math.max(1, Math.ceil(timeoutMs));
    const config = { timeout, metadata: { app: "policy-graph", query: name } };
    const parameters = toNeo4j(params) as Row;
    return this.session("READ", timeout, async (session) => {
      for (let attempt = 1; ; attempt++) {
        let answered = false;
        try {
          return await new Promise<void>((resolve, reject) => {
            session.run(query, parameters, config).subscribe({
              onKeys: () => void (answered = true),
              onNext: onRecord,
              onCompleted: () => resolve(),
              onError: reject,
            });
          });
        } catch (e) {
          if (answered || attempt >= READ_ATTEMPTS || !isConnectionFailure(e)) throw e;
          await new Promise((r) => setTimeout(r, RETRY_DELAY_MS * (attempt - 1)));
        }
      }
    });
  }

  /** Runs `query` in a managed write transaction (retried by the driver on transient failures). */
  async write(name: string, query: string, params: Row = {}, stats?: QueryStats): Promise<Row[]> {
    count(stats, name);
    const config = { timeout: this.timeoutMs, metadata: { app: "policy-graph", query: name } };
    return this.session("WRITE", this.timeoutMs, (s) => s.executeWrite((tx) => collect(tx, query, params), config));
  }

  /** Several statements in one write transaction: all or nothing (used by the loader). */
  async writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>, timeoutMs?: number): Promise<T> {
    const timeout = timeoutMs ?? Math.max(this.timeoutMs, 120_000);
    return this.session("WRITE", timeout, (s) => s.executeWrite(work, { timeout }));
  }

  /** One round trip without retries: the start checks that Neo4j answers now. */
  async ping(): Promise<void> {
    await this.session("READ", this.timeoutMs, (s) => s.run("RETURN 1 AS ok", {}, { timeout: this.timeoutMs }).then(() => undefined));
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  /**
   * Opens a session, runs `work`, closes it. The server aborts a transaction after its
   * timeout, but a server that stopped answering (frozen, half-closed socket) never
   * says so: the client-side deadline bounds every call by the same timeout. Past the
   * deadline the caller gets DATABASE_UNAVAILABLE and the session closes in the background.
   */
  private async session<T>(mode: "READ" | "WRITE", deadlineMs: number, work: (s: Session) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
    });
    this.open++;
    const close = () =>
      session
        .close()
        .catch(() => undefined)
        .finally(() => this.open--);
    const running = work(session);
    let timer: NodeJS.Timeout | undefined;
    let late = false;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        late = true;
        reject(new DatabaseUnavailableError(`no answer within ${deadlineMs} ms`, true));
      }, deadlineMs);
    });
    let result: T;
    try {
      result = await Promise.race([running, deadline]);
    } catch (e) {
      // Closing may itself wait on a server that is gone or frozen: never on the caller's time.
      clearTimeout(timer);
      void (late ? running.then(close, close) : close());
      throw mapError(e);
    }
    clearTimeout(timer);
    await close();
    return result;
  }
}

/** Attempts of an auto-committed read whose connection fails before the server answers. */
const READ_ATTEMPTS = 3;
const RETRY_DELAY_MS = 100;

function count(stats: QueryStats | undefined, name: string): void {
  if (!stats) return;
  stats.dbRoundTrips++;
  stats.sent.push(name);
}

/** The connection failed (refused, reset, closed by a restart), as opposed to the statement. */
function isConnectionFailure(e: unknown): boolean {
  return e instanceof Neo4jError && (e.code === "ServiceUnavailable" || e.code === "SessionExpired");
}

export async function collect(tx: ManagedTransaction, query: string, params: Row): Promise<Row[]> {
  const result = await tx.run(query, toNeo4j(params) as Row);
  return result.records.map(toRow);
}

function toRow(record: Neo4jRecord): Row {
  const row: Row = {};
  for (const key of record.keys) row[key as string] = toJs(record.get(key));
  return row;
}

/**
 * Plain JS → Neo4j parameters: JS has only doubles, so whole numbers go as Neo4j
 * integers (LIMIT needs one, and stored line numbers and years should be integers).
 */
export function toNeo4j(value: unknown): unknown {
  if (typeof value === "number" && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4j);
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Row = {};
    for (const [k, v] of Object.entries(value)) out[k] = toNeo4j(v);
    return out;
  }
  return value;
}

/** Neo4j values → plain JS: integers to numbers, temporal values to ISO strings, nodes to their properties. */
export function toJs(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (isDate(value as object) || isDateTime(value as object)) return String(value);
  if (isNode(value as object) || isRelationship(value as object)) return toJs((value as { properties: unknown }).properties);
  if (Array.isArray(value)) return value.map(toJs);
  // A stored byte array (a document's original file) stays bytes.
  if (ArrayBuffer.isView(value)) return value;
  if (typeof value === "object") {
    const out: Row = {};
    for (const [k, v] of Object.entries(value as object)) out[k] = toJs(v);
    return out;
  }
  return value;
}

const UNAVAILABLE = new Set(["ServiceUnavailable", "SessionExpired", "Neo.TransientError.General.DatabaseUnavailable"]);

/** Neo4j error codes → API errors. Anything else is rethrown unchanged and logged in full upstream. */
export function mapError(e: unknown): unknown {
  if (e instanceof Neo4jError) {
    if (UNAVAILABLE.has(e.code) || /ECONNREFUSED|connection|Pool is closed/i.test(e.message)) {
      return new DatabaseUnavailableError("cannot reach Neo4j");
    }
    if (e.code === "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration" || /TransactionTimedOut/.test(e.code)) {
      return new DatabaseUnavailableError("the query timed out", true);
    }
  }
  return e;
}

import { GraphQLError } from "graphql";

/**
 * Every `extensions.code` a client may see, and may switch on: the API's own, then the
 * ones Apollo Server gives requests it refuses before execution. An error with any other
 * code (or none) is logged in full and answered as INTERNAL_SERVER_ERROR without internals.
 */
export const ERROR_CODES = [
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "DATABASE_UNAVAILABLE",
  "QUERY_TOO_COMPLEX",
  "REQUEST_TIMEOUT",
  "INTERNAL_SERVER_ERROR",
  // HTTP-level refusals (body too large, not JSON) from the express error handler.
  "BAD_REQUEST",
  // Apollo Server's own.
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

const KNOWN = new Set<string>(ERROR_CODES);

/** Whether `code` is one of ERROR_CODES (a known error, shown to the client as it is). */
export function isKnownErrorCode(code: unknown): code is ErrorCode {
  return typeof code === "string" && KNOWN.has(code);
}

export class BadUserInputError extends GraphQLError {
  constructor(message: string, argument?: string) {
    super(message, { extensions: { code: "BAD_USER_INPUT", ...(argument ? { argument } : {}) } });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(kind: string, id: string) {
    super(`No ${kind} with id ${JSON.stringify(id)}`, { extensions: { code: "NOT_FOUND", id } });
  }
}

export class DatabaseUnavailableError extends GraphQLError {
  /** `timedOut`: the call ran out of time (rather than finding no database), so a request deadline may be the cause. */
  constructor(
    reason: string,
    readonly timedOut = false,
  ) {
    super(`The graph database is unavailable: ${reason}`, { extensions: { code: "DATABASE_UNAVAILABLE" } });
  }
}

/**
 * The request used up REQUEST_TIMEOUT_MS: its remaining reads fail at once and the
 * answer goes back with what was read. Asking for less (smaller pages, fewer nested
 * lists) helps; retrying the same query as is helps only if the database was slow.
 */
export class RequestTimeoutError extends GraphQLError {
  constructor(budgetMs: number) {
    super(`The request ran out of time: it used the ${budgetMs} ms a request may use (REQUEST_TIMEOUT_MS) before its database reads finished; ask for less (smaller pages, fewer nested lists), or retry later if the database is slow`, {
      extensions: { code: "REQUEST_TIMEOUT", budgetMs },
    });
  }
}

export class QueryTooComplexError extends GraphQLError {
  constructor(message: string) {
    // Refused before execution: a client error (HTTP 400), not a server fault.
    super(message, { extensions: { code: "QUERY_TOO_COMPLEX", http: { status: 400 } } });
  }
}

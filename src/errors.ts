import { GraphQLError } from "graphql";

/** Stable `extensions.code` values that clients may switch on. */
export type ErrorCode = "BAD_USER_INPUT" | "NOT_FOUND" | "DATABASE_UNAVAILABLE" | "QUERY_TOO_COMPLEX" | "REQUEST_TIMEOUT" | "INTERNAL_SERVER_ERROR";

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

import { GraphQLError } from "graphql";

/** Stable `extensions.code` values that clients may switch on. */
export type ErrorCode = "BAD_USER_INPUT" | "NOT_FOUND" | "DATABASE_UNAVAILABLE" | "QUERY_TOO_COMPLEX" | "INTERNAL_SERVER_ERROR";

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
  constructor(reason: string) {
    super(`The graph database is unavailable: ${reason}`, { extensions: { code: "DATABASE_UNAVAILABLE" } });
  }
}

export class QueryTooComplexError extends GraphQLError {
  constructor(message: string) {
    // Refused before execution: a client error (HTTP 400), not a server fault.
    super(message, { extensions: { code: "QUERY_TOO_COMPLEX", http: { status: 400 } } });
  }
}

import { GraphQLError, GraphQLFormattedError } from "graphql";
import type { Config } from "../config";
import { isKnownErrorCode } from "../errors";
import type { Logger } from "../log";

/**
 * Apollo's `formatError`: errors with a code of ERROR_CODES pass through; unknown ones are
 * logged in full and shown without internals. With introspection off, validation messages
 * lose their "Did you mean …?", which would reveal the schema one field name at a time.
 */
export function errorFormatter(config: Config, log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => formatError(hideSuggestions(formatted, config), error, log);
}

function hideSuggestions(formatted: GraphQLFormattedError, config: Config): GraphQLFormattedError {
  if (config.graphql.introspection || formatted.extensions?.code !== "GRAPHQL_VALIDATION_FAILED") return formatted;
  return { ...formatted, message: formatted.message.replace(/ Did you mean .*\?$/, "") };
}

function formatError(formatted: GraphQLFormattedError, error: unknown, log: Logger): GraphQLFormattedError {
  if (isKnownErrorCode(formatted.extensions?.code)) return formatted;
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  log.error("unexpected error", { error: original instanceof Error ? original.stack : String(original), path: formatted.path });
  return { message: "Internal server error", path: formatted.path, locations: formatted.locations, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}

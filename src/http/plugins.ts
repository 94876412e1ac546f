import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../context";
import type { Logger } from "../log";

/** Every response carries `extensions.cost = { dbRoundTrips, ms }`. */
export function costPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== "single") return;
          const cost = { dbRoundTrips: contextValue.stats.dbRoundTrips, ms: Math.round(performance.now() - contextValue.startedAt) };
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost };
        },
      };
    },
  };
}

/** One JSON log line per GraphQL request: its id, operation, time, round trips and outcome. */
export function requestLogPlugin(log: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      return {
        async willSendResponse({ contextValue, response, errors }) {
          log.info("graphql request", {
            requestId: contextValue.requestId,
            operation: request.operationName ?? null,
            ms: Math.round(performance.now() - contextValue.startedAt),
            dbRoundTrips: contextValue.stats.dbRoundTrips,
            outcome: errors?.length ? "error" : "ok",
            errorCodes: errors?.map((e) => e.extensions?.code ?? "INTERNAL_SERVER_ERROR"),
            http: response.http.status ?? 200,
          });
        },
      };
    },
  };
}

/**
 * The page's only way to the data: the public GraphQL endpoint, beside /audit/.
 * Errors keep the API's own message and code, so an auditor sees "The graph database
 * is unavailable: …" rather than a blank page.
 */
export const GRAPHQL_URL = "../graphql";

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(GRAPHQL_URL, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new ApiError(`无法连接服务 The API does not answer: ${(e as Error).message}`, "NETWORK_ERROR");
  }
  let body: { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = await res.json();
  } catch {
    throw new ApiError(`服务返回了无法读取的答复 The API answered HTTP ${res.status} with a body that is not JSON`, `HTTP_${res.status}`);
  }
  if (body.errors?.length) {
    const messages = [...new Set(body.errors.map((e) => e.message))];
    throw new ApiError(messages.join("\n"), body.errors[0].extensions?.code ?? `HTTP_${res.status}`);
  }
  if (!body.data) throw new ApiError(`服务没有返回数据 The API answered HTTP ${res.status} without data`, `HTTP_${res.status}`);
  return body.data;
}

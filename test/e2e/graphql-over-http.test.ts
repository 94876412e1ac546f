import { serverAudits } from "graphql-http";
import { startTestApi, TestApi } from "../setup/api";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe("GraphQL over HTTP (graphql-http serverAudits against the live server)", () => {
  const audits = serverAudits({ url: () => `${api.url}/graphql`, fetchFn: fetch });
  const musts = audits.filter((a) => a.name.startsWith("MUST"));

  it.each(musts.map((a) => [a.name, a] as const))("%s", async (_name, audit) => {
    const result = await audit.fn();
    if (result.status !== "ok") throw new Error(`${result.reason}${"response" in result ? `\n${await result.response.text()}` : ""}`);
  });
});

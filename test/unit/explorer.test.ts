import { buildExplorer, EXAMPLE_QUERY } from "../../src/explorer";

describe("the explorer page", () => {
  const explorer = buildExplorer("/graphql");

  it("holds no external URL, so it works on a machine without internet", () => {
    expect(explorer.html).not.toMatch(/https?:\/\//);
    expect(explorer.html).not.toMatch(/src="\/\//);
  });

  it("loads GraphiQL from local assets that the server serves", () => {
    const refs = [...explorer.html.matchAll(/(?:src|href)="\/explorer\/([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThanOrEqual(2);
    for (const ref of refs) expect(explorer.assets.get(ref)?.body.length).toBeGreaterThan(100);
  });

  it("opens with a ready example query against the /graphql endpoint", () => {
    const script = [...explorer.assets.values()].map((a) => a.body).join("\n");
    expect(script).toContain(JSON.stringify("/graphql"));
    expect(script).toContain(JSON.stringify(EXAMPLE_QUERY).slice(1, 40));
  });
});

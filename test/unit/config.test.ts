import { ConfigError, loadConfig } from "../../src/config";

describe("configuration", () => {
  it("defaults to loopback, port 4000 and the project's own Neo4j", () => {
    const c = loadConfig({});
    expect(c.http).toMatchObject({ host: "127.0.0.1", port: 4000 });
    expect(c.neo4j.uri).toBeUndefined();
    expect(c.local.boltPort).toBe(7687);
    expect(c.graphql.maxFirst).toBe(500);
  });

  it("serves the auditors' page unless NODE_ENV=production, where AUDIT_PAGE=true turns it back on", () => {
    expect(loadConfig({}).graphql.auditPage).toBe(true);
    expect(loadConfig({ NODE_ENV: "production" }).graphql.auditPage).toBe(false);
    expect(loadConfig({ NODE_ENV: "production", AUDIT_PAGE: "true" }).graphql.auditPage).toBe(true);
    expect(loadConfig({ AUDIT_PAGE: "off" }).graphql.auditPage).toBe(false);
  });

  it("uses NEO4J_URI when set", () => {
    expect(loadConfig({ NEO4J_URI: "neo4j+s://abc.databases.neo4j.io" }).neo4j.uri).toBe("neo4j+s://abc.databases.neo4j.io");
  });

  it.each([
    ["PORT", "80000", /Invalid PORT="80000": expected an integer from 0 to 65535/],
    ["PORT", "abc", /Invalid PORT/],
    ["NEO4J_URI", "http://localhost:7474", /Invalid NEO4J_URI.*neo4j:\/\//],
    ["LOCAL_NEO4J_HEAP", "lots", /Invalid LOCAL_NEO4J_HEAP="lots": expected a size such as 512m or 2g/],
    ["EXPLORER", "maybe", /Invalid EXPLORER="maybe": expected true or false/],
    ["AUDIT_PAGE", "maybe", /Invalid AUDIT_PAGE="maybe": expected true or false/],
    ["LOG_LEVEL", "loud", /Invalid LOG_LEVEL="loud": expected one of debug, info, warn, error/],
  ])("refuses %s=%s with a message naming the variable", (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });
});

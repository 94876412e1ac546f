import { startTestApi, TestApi } from "../setup/api";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const TIBET = "Plan:001_aa40d479269d3f1a";

describe("round trips", () => {
  it("answers plans → tasks(first: 500) → lead → leads(first: 50) → plan in one round trip", async () => {
    const body = await api.gql(`{
      plans(loaded: true) { id tasks(first: 500) { nodes { id lead { id leads(first: 50) { totalCount nodes { id plan { id } } } } } } }
    }`);
    expect(body.errors).toBeUndefined();
    const tasks = body.data.plans.flatMap((p: any) => p.tasks.nodes);
    // Every task of every loaded plan (each plan fits one page of 500): the hundreds of rows the levels below fan out from.
    const [stored] = await api.db.read("test", `MATCH (p:Plan {loaded: true}), (t:Task {planId: p.id}) RETURN count(t) AS n`);
    expect(tasks.length).toBe(stored.n);
    expect(new Set(tasks.map((t: any) => t.id)).size).toBe(stored.n);
    // One compiled statement for the one root field, whatever the depth and the hundreds of rows.
    expect(body.extensions.cost.dbRoundTrips).toBe(1);
  });

  it("loads a plan, its tasks and the lead and responsible units of every Tibet task in one round trip", async () => {
    const body = await api.gql(`query($id: ID!) { plan(id: $id) { tasks(first: 100) { nodes { lead { name } responsible { name } } } } }`, { id: TIBET });
    expect(body.errors).toBeUndefined();
    expect(body.data.plan.tasks.nodes.some((t: any) => t.lead.length > 0 && t.responsible.length > 0)).toBe(true);
    expect(body.extensions.cost.dbRoundTrips).toBe(1);
  });
});

describe("pagination", () => {
  it("walks every task of a plan with keyset cursors, without gaps or repeats", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 100; page++) {
      const body: any = await api.gql(`query($after: String) { tasks(filter: { planId: "${TIBET}" }, first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`, { after });
      const c = body.data.tasks;
      total = c.totalCount;
      seen.push(...c.nodes.map((n: any) => n.id));
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(total);
    expect(total).toBe(30); // 2 chapters, 6 sections, 22 tasks
  });

  it("filters by department and role, deadline and missing lead", async () => {
    const body = await api.gql(`{
      lead: tasks(filter: { departmentId: "Department:西藏自治区:西藏自治区医疗保障局", role: LEAD }, first: 100) { totalCount }
      due: tasks(filter: { dueBy: 2022, planId: "${TIBET}" }, first: 100) { nodes { number deadlines } }
      noLead: tasks(filter: { hasLead: false, planId: "${TIBET}", kind: TASK }, first: 100) { totalCount nodes { number responsible { name } } }
    }`);
    expect(body.errors).toBeUndefined();
    // grep -o "牵头单位[:：]区医保局" seeds/001_aa40d479269d3f1a.txt | wc -l → 19 (no other plan is Tibet's).
    expect(body.data.lead.totalCount).toBe(19);
    // grep -oE "20[0-9]{2}年" seeds/001_aa40d479269d3f1a.txt: 到2025年 (the preamble), 2021年底前 in tasks 3 and 20,
    // 2022年底前 in task 9, 力争2022年 in task 11.
    expect(body.data.due.nodes).toEqual([
      { number: "3", deadlines: [2021] },
      { number: "9", deadlines: [2022] },
      { number: "11", deadlines: [2022] },
      { number: "20", deadlines: [2021] },
    ]);
    // Task 19 prints only 〔责任单位:区医保局〕.
    expect(body.data.noLead).toEqual({ totalCount: 1, nodes: [{ number: "19", responsible: [{ name: "西藏自治区医疗保障局" }] }] });
  });
});

describe("errors", () => {
  it.each([
    ["a page over the cap", `{ tasks(first: 501) { totalCount } }`, "BAD_USER_INPUT", /first must be at most 500, got 501/],
    ["a negative page", `{ tasks(first: -1) { totalCount } }`, "BAD_USER_INPUT", /non-negative/],
    ["a malformed cursor", `{ tasks(after: "nonsense!") { totalCount } }`, "BAD_USER_INPUT", /Invalid cursor "nonsense!"/],
    ["a cursor of another type", `{ tasks(after: "${Buffer.from("Department|x").toString("base64url")}") { totalCount } }`, "BAD_USER_INPUT", /Invalid cursor/],
    ["a malformed id", `{ plan(id: "Task:1") { id } }`, "BAD_USER_INPUT", /Malformed Plan id "Task:1"/],
    ["an unknown id type", `{ node(id: "Nope:1") { id } }`, "BAD_USER_INPUT", /known type/],
    ["an unknown enum value", `{ tasks(filter: { kind: BOOK }) { totalCount } }`, "GRAPHQL_VALIDATION_FAILED", /BOOK/],
    ["an impossible year", `{ tasks(filter: { dueBy: 99999 }) { totalCount } }`, "BAD_USER_INPUT", /dueBy must be a year/],
  ])("refuses %s with a message naming the value", async (_what, query, code, message) => {
    const body = await api.gql(query);
    expect(body.errors[0].extensions.code).toBe(code);
    expect(body.errors[0].message).toMatch(message);
  });

  it("returns null for an unknown id of a known type", async () => {
    const body = await api.gql(`{ plan(id: "Plan:nope") { id } node(id: "Task:nope:1") { id } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ plan: null, node: null });
  });
});

describe("node and search", () => {
  it("resolves any id through node()", async () => {
    const body = await api.gql(`{ node(id: "Task:001_aa40d479269d3f1a:2/4/12") { __typename id ... on Task { number title } } }`);
    expect(body.data.node).toEqual({ __typename: "Task", id: "Task:001_aa40d479269d3f1a:2/4/12", number: "12", title: "改革完善医保基金监管体制" });
  });

  it("finds with a one-character query", async () => {
    const body = await api.gql(`{ search(text: "藏", first: 5) { node { id } snippet } }`);
    expect(body.errors).toBeUndefined();
    // 藏 is on 8 lines of the Tibet opinion and in the name of each of its departments: more than a page of 5.
    expect(body.data.search).toHaveLength(5);
  });

  it.each(['" OR 1=1', "})-[*]-() DETACH DELETE n //", "title:医保 AND *", "\\\\", "\u0000\u0007医保"])("treats %j as text, never as syntax", async (text) => {
    const body = await api.gql(`query($t: String!) { search(text: $t, first: 5) { score } }`, { t: text });
    expect(body.errors?.[0]?.extensions?.code ?? "ok").toMatch(/ok|BAD_USER_INPUT/);
    const plans = await api.gql(`{ plans(loaded: true) { id } }`);
    expect(plans.data.plans).toHaveLength(5);
  });
});

describe("regions", () => {
  it("lists the seed regions with their hierarchy; none is a placeholder", async () => {
    const body = await api.gql(`{ regions { id name level placeholder parent { name parent { name } } } }`);
    expect(body.errors).toBeUndefined();
    const byName = new Map<string, any>(body.data.regions.map((r: any) => [r.name, r]));
    expect(byName.get("中国")).toMatchObject({ level: "NATIONAL", parent: null });
    expect(byName.get("清远市")).toMatchObject({ level: "CITY", parent: { name: "广东省", parent: { name: "中国" } } });
    expect(byName.get("西藏自治区")).toMatchObject({ parent: { name: "中国" } });
    expect(body.data.regions.filter((r: any) => r.placeholder !== false)).toEqual([]);
  });
});

describe("a body that also acts as another (区市场监管局(区药监局) in the Tibet plan)", () => {
  it("links the market regulator and the drug regulator both ways, and keeps the tasks on the market regulator", async () => {
    const market = "Department:西藏自治区:西藏自治区市场监督管理局";
    const drugs = "Department:西藏自治区:西藏自治区药品监督管理局";
    const body = await api.gql(
      `query($m: ID!, $d: ID!) {
        m: department(id: $m) { actsAs { id type } actedAsBy { id } responsibleFor { totalCount } }
        d: department(id: $d) { actsAs { id } actedAsBy { id name } }
      }`,
      { m: market, d: drugs },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.m.actsAs).toEqual([{ id: drugs, type: "药品监管" }]);
    expect(body.data.m.actedAsBy).toEqual([]);
    // grep -o "区市场监管局" seeds/001_aa40d479269d3f1a.txt: in the 责任单位 of tasks 14, 15 (as 区市场监管局(区药监局)) and 16.
    expect(body.data.m.responsibleFor.totalCount).toBe(3);
    expect(body.data.d).toEqual({ actsAs: [], actedAsBy: [{ id: market, name: "西藏自治区市场监督管理局" }] });
  });
});

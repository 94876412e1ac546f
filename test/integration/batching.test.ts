import { inProcessGraph } from "../setup/in-process";

/**
 * The recorder: each request's context lists the named queries it sent, in order. These are
 * the loaders' batches, the path every field falls back to when it is not compiled, so the
 * compiler is switched off here (test/integration/compiled.test.ts covers the compiled path).
 */
const graph = inProcessGraph({ COMPILE_QUERIES: "false" });

async function run(source: string) {
  const { data, errors, sent } = await graph.run(source);
  expect(errors).toBeUndefined();
  return { data, sent };
}

describe("DataLoader batching", () => {
  it("sends one query per level for plans → tasks → lead → leads → plan", async () => {
    const { data, sent } = await run(`{ plans(loaded: true) { tasks(first: 500) { nodes { lead { leads(first: 50) { nodes { plan { id } } } } } } } }`);
    expect(data.plans).toHaveLength(5);
    expect(sent).toEqual(["plans/all", "tasks/page", "tasks/units", "departments/tasks-page", "plans/by-id"]);
  });

  it("answers lead, responsible and units of tasks from one query of their unit edges", async () => {
    const q = (fields: string) => `{ plan(id: "Plan:001_aa40d479269d3f1a") { tasks(filter: { kind: TASK }, first: 50) { nodes { number ${fields} } } } }`;
    const all = await run(q(`lead { name } responsible { name } units { relation department { name } }`));
    expect(all.sent).toEqual(["plans/by-id", "tasks/page", "tasks/units"]);
    const leadOnly = await run(q(`lead { name }`));
    expect(leadOnly.sent).toEqual(["plans/by-id", "tasks/page", "tasks/units"]);
    for (const [i, t] of all.data.plan.tasks.nodes.entries()) {
      const names = (relation: string) => t.units.filter((u: any) => u.relation === relation).map((u: any) => u.department);
      expect(t.lead).toEqual(names("LEADS"));
      expect(t.responsible).toEqual(names("RESPONSIBLE_FOR"));
      expect(leadOnly.data.plan.tasks.nodes[i].lead).toEqual(t.lead);
    }
    expect(all.data.plan.tasks.nodes.some((t: any) => t.lead.length > 0 && t.responsible.length > 0)).toBe(true);
  });

  it("counts totals in the same batched query as the page: one scan, one round trip", async () => {
    const without = await run(`{ plans(loaded: true) { tasks(first: 1) { nodes { id } } } }`);
    expect(without.sent).toEqual(["plans/all", "tasks/page"]);
    const countOnly = await run(`{ plans(loaded: true) { tasks(first: 1) { totalCount } } }`);
    expect(countOnly.sent).toEqual(["plans/all", "tasks/page"]);
    const both = await run(`{ plans(loaded: true) { tasks(first: 1) { totalCount nodes { id } } } }`);
    expect(both.sent).toEqual(["plans/all", "tasks/page"]);
    const totals = (r: { data: any }) => r.data.plans.map((p: any) => p.tasks.totalCount);
    expect(totals(both)).toEqual(totals(countOnly));
    const [stored] = await graph.db.read("test", `MATCH (p:Plan {loaded: true}), (t:Task {planId: p.id}) RETURN count(t) AS n`);
    expect(totals(both).reduce((a: number, b: number) => a + b)).toBe(stored.n);
    expect(both.data.plans.every((p: any) => p.tasks.nodes.length === 1)).toBe(true);
  });

  it("fetches a task's text by id only when a list left it out and a client selects it", async () => {
    const outline = await run(`{ plan(id: "Plan:001_aa40d479269d3f1a") { outline { title } } }`);
    expect(outline.sent).toEqual(["plans/by-id", "tasks/outline"]);
    const withText = await run(`{ plan(id: "Plan:001_aa40d479269d3f1a") { outline { text source { text } } } }`);
    expect(withText.sent).toEqual(["plans/by-id", "tasks/outline", "tasks/by-id"]);
    expect(withText.data.plan.outline[0].text.length).toBeGreaterThan(0);
    const page = await run(`{ plan(id: "Plan:001_aa40d479269d3f1a") { tasks(first: 3) { nodes { text source { text } } } } }`);
    expect(page.sent).toEqual(["plans/by-id", "tasks/page"]);
    expect(page.data.plan.tasks.nodes[0].source.text.length).toBeGreaterThan(0);
  });

  it("fetches a whole outline in one query when the client follows children down, with the same answer", async () => {
    const q = (plan: string) => `{ plan(id: "${plan}") { outline { id title children { id title children { id title children { id } } } } } }`;
    for (const plan of ["Plan:000_1cc9d6698810e7a5", "Plan:001_aa40d479269d3f1a"]) {
      const tree = await run(q(plan));
      expect(tree.sent).toEqual(["plans/by-id", "tasks/outline-tree"]);
      // The same tree, level by level, through Task.children of tasks reached another way.
      const top = await run(`{ plan(id: "${plan}") { outline { id } } }`);
      const ids = top.data.plan.outline.map((t: any) => t.id);
      const perLevel = await run(`{ ${ids.map((id: string, i: number) => `t${i}: task(id: "${id}") { id title children { id title children { id title children { id } } } }`).join(" ")} }`);
      expect(perLevel.sent).toEqual(["tasks/by-id", "tasks/children", "tasks/children", "tasks/children"]);
      expect(tree.data.plan.outline.map((t: any) => ({ ...t }))).toEqual(ids.map((_: string, i: number) => perLevel.data[`t${i}`]));
      expect(tree.data.plan.outline.some((t: any) => t.children.some((c: any) => c.children.length > 0))).toBe(true);
    }
  });

  it("creates loaders per request: a second request sends its queries again", async () => {
    const q = `{ task(id: "Task:001_aa40d479269d3f1a:2/4/12") { lead { name } } }`;
    expect((await run(q)).sent).toEqual(["tasks/by-id", "tasks/units"]);
    expect((await run(q)).sent).toEqual(["tasks/by-id", "tasks/units"]);
  });
});

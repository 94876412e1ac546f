import "reflect-metadata";
import { buildSchema, execute, GraphQLSchema, parse } from "graphql";
import { connectionLoader, PageKey } from "../../src/common/connection-loader";
import { decodeCursor, encodeCursor, lazy, pageSize, toConnection } from "../../src/common/connection";
import { expectId } from "../../src/common/ids";
import { NodeResolver } from "../../src/common/node.resolver";
import { typeOfId } from "../../src/common/node.type";
import { connectionSelection, selectedPaths } from "../../src/common/selection";
import { sourceOf } from "../../src/common/source.type";
import type { Row } from "../../src/db";

/**
 * The connection helpers every paged field is built on: cursors, page sizes, the
 * `limit + 1` rule for hasNextPage, the batching loader, and what a client selected.
 * test/e2e/pagination.test.ts walks every connection of the schema on the real graph;
 * these pin the edge cases that walk can hit only by luck.
 */
const rows = (n: number, from = 1): Row[] => Array.from({ length: n }, (_, i) => ({ id: `Task:p:${from + i}`, sortKey: String(from + i).padStart(6, "0") }));
const cursorOf = (sortKey: string) => Buffer.from(`Task|${sortKey}`, "utf8").toString("base64url");

describe("cursors", () => {
  it("encode the node type and the sort key as base64url, so they travel in a URL unescaped", () => {
    expect(encodeCursor("Task", "000012")).toBe(cursorOf("000012"));
    expect(encodeCursor("Department", "西藏|区医保局")).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it("decode to the sort key of their own type, whatever characters it holds", () => {
    for (const key of ["000012", "西藏自治区|区医保局", "a|b|c", ""]) expect(decodeCursor("Task", encodeCursor("Task", key))).toBe(key);
  });

  it("are absent when `after` is not given", () => {
    expect(decodeCursor("Task", null)).toBeNull();
    expect(decodeCursor("Task", undefined)).toBeNull();
  });

  it.each([
    ["another type's cursor", encodeCursor("Department", "000012")],
    ["a type whose name only starts the same", encodeCursor("TaskGroup", "000012")],
    ["a cursor without the separator", Buffer.from("Task000012").toString("base64url")],
    ["characters outside base64url", "VGFzay*wMDAwMTI"],
    ["standard base64 padding", `${cursorOf("000012")}=`],
    ["a cursor over 1000 characters", encodeCursor("Task", "x".repeat(800))],
    ["an empty string", ""],
  ])("refuse %s with BAD_USER_INPUT naming the argument and the expected connection", (_what, cursor) => {
    let error: any;
    try {
      decodeCursor("Task", cursor);
    } catch (e) {
      error = e;
    }
    expect(error?.extensions).toEqual({ code: "BAD_USER_INPUT", argument: "after" });
    expect(error.message).toBe(`Invalid cursor ${JSON.stringify(cursor.slice(0, 60))}: pass an endCursor returned by a Task connection`);
  });

  it("accept a cursor of exactly 1000 characters", () => {
    // 1000 base64url characters carry 750 bytes: "Task|" and 745 of key.
    const cursor = encodeCursor("Task", "k".repeat(745));
    expect(cursor).toHaveLength(1000);
    expect(decodeCursor("Task", cursor)).toBe("k".repeat(745));
  });
});

describe("page sizes", () => {
  it("default to 50, or to the cap when the cap is smaller", () => {
    expect(pageSize(undefined, 500)).toBe(50);
    expect(pageSize(null, 500)).toBe(50);
    expect(pageSize(undefined, 20)).toBe(20);
    expect(pageSize(null, 50)).toBe(50);
  });

  it("take any integer from 0 to the cap as given", () => {
    for (const first of [0, 1, 7, 499, 500]) expect(pageSize(first, 500)).toBe(first);
  });

  it.each([
    [501, /^first must be at most 500, got 501; page with `after`$/],
    [-1, /^first must be a non-negative integer, got -1$/],
    [2.5, /^first must be a non-negative integer, got 2.5$/],
    [NaN, /^first must be a non-negative integer, got NaN$/],
  ])("refuse first=%p with BAD_USER_INPUT on `first`", (first, message) => {
    expect(() => pageSize(first, 500)).toThrow(message);
    try {
      pageSize(first, 500);
    } catch (e: any) {
      expect(e.extensions).toEqual({ code: "BAD_USER_INPUT", argument: "first" });
    }
  });
});

describe("toConnection (rows fetched with limit + 1)", () => {
  it("has a next page when the extra row came back, and leaves the extra row out", () => {
    const c = toConnection("Task", rows(4), 3, 10);
    expect(c.nodes.map((n) => n.id)).toEqual(["Task:p:1", "Task:p:2", "Task:p:3"]);
    expect(c.edges.map((e) => e.node)).toEqual(c.nodes);
    expect(c.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: cursorOf("000001"), endCursor: cursorOf("000003") });
    expect(c.totalCount).toBe(10);
  });

  it("has no next page when exactly `limit` rows came back: the page ends the list", () => {
    const c = toConnection("Task", rows(3), 3, 3);
    expect(c.nodes).toHaveLength(3);
    expect(c.pageInfo.hasNextPage).toBe(false);
    expect(c.pageInfo.endCursor).toBe(cursorOf("000003"));
  });

  it("has no next page when fewer rows came back", () => {
    expect(toConnection("Task", rows(2), 3, 2).pageInfo.hasNextPage).toBe(false);
  });

  it("gives an empty page null cursors", () => {
    expect(toConnection("Task", [], 3, 0).pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
    // first: 0 asks for no items but still says whether any exist.
    const none = toConnection("Task", rows(1), 0, 5);
    expect(none.nodes).toEqual([]);
    expect(none.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null });
  });

  it("gives every edge the cursor of its own sort key, which the next page seeks past", () => {
    const c = toConnection("Task", rows(3, 7), 3, 9);
    expect(c.edges.map((e) => decodeCursor("Task", e.cursor))).toEqual(["000007", "000008", "000009"]);
  });
});

describe("lazy totals", () => {
  it("start their work only when awaited, once, however often awaited", async () => {
    let calls = 0;
    const total = lazy(async () => ++calls);
    expect(calls).toBe(0);
    expect(await total).toBe(1);
    expect(await total).toBe(1);
    expect(calls).toBe(1);
  });

  it("pass a failure to the awaiting resolver", async () => {
    const total = lazy(async () => {
      throw new Error("count failed");
    });
    await expect(Promise.resolve(total)).rejects.toThrow("count failed");
  });
});

describe("connectionLoader", () => {
  /** A `read` that answers each parent key with `n` rows, recording what it was sent. */
  function recorder(sizes: Record<string, number>, totals: Record<string, number> = {}) {
    const sent: { name: string; params: Row }[] = [];
    const read = async (name: string, params: Row = {}) => {
      sent.push({ name, params });
      const keys = params.keys as (string | null)[];
      if (name.endsWith("count")) return keys.map((key) => ({ key, total: totals[String(key)] ?? 0 }));
      return keys.map((key) => ({
        key,
        total: params.withTotal ? (totals[String(key)] ?? 0) : null,
        nodes: rows(Math.min(sizes[String(key)] ?? 0, params.limit as number)),
      }));
    };
    return { read, sent };
  }
  const key = (parent: string | null, over: Partial<PageKey> = {}): PageKey => ({ parent, limit: 2, after: null, params: {}, ...over });

  it("sends one query for the pages of many parents with equal arguments, fetching limit + 1 rows", async () => {
    const { read, sent } = recorder({ a: 5, b: 2 }, { a: 5, b: 2 });
    const loader = connectionLoader(read, "Task", "tasks/page");
    const [a, b] = await Promise.all([loader.load(key("a")), loader.load(key("b"))]);
    expect(sent).toEqual([{ name: "tasks/page", params: { keys: ["a", "b"], limit: 3, after: null, withTotal: true } }]);
    expect([a.nodes.length, a.pageInfo.hasNextPage, a.totalCount]).toEqual([2, true, 5]);
    expect([b.nodes.length, b.pageInfo.hasNextPage, b.totalCount]).toEqual([2, false, 2]);
  });

  it("sends pages with different cursors, sizes or filters as separate queries, with their parameters", async () => {
    const { read, sent } = recorder({ a: 9 });
    const loader = connectionLoader(read, "Task", "tasks/page");
    await Promise.all([loader.load(key("a")), loader.load(key("a", { after: "000002" })), loader.load(key("a", { limit: 5 })), loader.load(key("a", { params: { kind: "TASK" } }))]);
    expect(sent.map((s) => s.params)).toEqual([
      { keys: ["a"], limit: 3, after: null, withTotal: true },
      { keys: ["a"], limit: 3, after: "000002", withTotal: true },
      { keys: ["a"], limit: 6, after: null, withTotal: true },
      { kind: "TASK", keys: ["a"], limit: 3, after: null, withTotal: true },
    ]);
  });

  it("fetches no rows when only totalCount was selected, and no count when it was not", async () => {
    const { read, sent } = recorder({ a: 5 }, { a: 5 });
    const loader = connectionLoader(read, "Task", "tasks/page");
    const countOnly = await loader.load(key("a", { page: false }));
    const pageOnly = await loader.load(key("a", { total: false }));
    expect(sent.map((s) => [s.params.limit, s.params.withTotal])).toEqual([
      [0, true],
      [3, false],
    ]);
    expect([countOnly.nodes, countOnly.totalCount]).toEqual([[], 5]);
    expect(pageOnly.nodes).toHaveLength(2);
  });

  it("answers a parent the query returned no row for with an empty page and a zero count", async () => {
    const loader = connectionLoader(async () => [], "Task", "tasks/page");
    const c = await loader.load(key("missing"));
    expect([c.nodes, c.pageInfo.hasNextPage, c.totalCount]).toEqual([[], false, 0]);
  });

  it("with a count query, counts only when totalCount is awaited, in one batched query, and skips the page query for a count-only key", async () => {
    const { read, sent } = recorder({ a: 3, b: 1 }, { a: 3, b: 1 });
    const loader = connectionLoader(read, "LineageLink", "lineage/links-page", "lineage/links-count");
    const [a, b, onlyCount] = await Promise.all([loader.load(key("a")), loader.load(key("b")), loader.load(key("c", { page: false }))]);
    expect(sent.map((s) => s.name)).toEqual(["lineage/links-page"]);
    expect(sent[0].params).toEqual({ keys: ["a", "b"], limit: 3, after: null, withTotal: false });
    expect(await Promise.all([a.totalCount, b.totalCount, onlyCount.totalCount])).toEqual([3, 1, 0]);
    expect(sent.map((s) => s.name)).toEqual(["lineage/links-page", "lineage/links-count"]);
    expect(sent[1].params).toEqual({ keys: ["a", "b", "c"] });
  });

  it("counts separately for different filters", async () => {
    const { read, sent } = recorder({}, { a: 4 });
    const loader = connectionLoader(read, "LineageLink", "lineage/links-page", "lineage/links-count");
    const [x, y] = await Promise.all([loader.load(key("a", { page: false, params: { minScore: 0.5 } })), loader.load(key("a", { page: false, params: { minScore: 0.9 } }))]);
    expect(await Promise.all([x.totalCount, y.totalCount])).toEqual([4, 4]);
    expect(sent.map((s) => s.params)).toEqual([
      { minScore: 0.5, keys: ["a"] },
      { minScore: 0.9, keys: ["a"] },
    ]);
  });

  it("counts a parent once however many of its pages await the count", async () => {
    const { read, sent } = recorder({ a: 9 }, { a: 9 });
    const loader = connectionLoader(read, "LineageLink", "lineage/links-page", "lineage/links-count");
    const pages = await Promise.all([loader.load(key("a")), loader.load(key("a", { after: "000002" }))]);
    expect(await Promise.all(pages.map((p) => p.totalCount))).toEqual([9, 9]);
    expect(sent.filter((s) => s.name.endsWith("count")).map((s) => s.params)).toEqual([{ keys: ["a"] }]);
  });

  it("serves a repeated page from its cache without another query", async () => {
    const { read, sent } = recorder({ a: 1 });
    const loader = connectionLoader(read, "Task", "tasks/page");
    await loader.load(key("a"));
    await loader.load(key("a"));
    expect(sent).toHaveLength(1);
  });
});

describe("what a client selected", () => {
  // A tiny schema whose resolver reports what it saw, so selection is read from real GraphQL resolve infos.
  const schema: GraphQLSchema = buildSchema(`
    type Query { tasks: TaskConnection }
    type TaskConnection { nodes: [Task] edges: [Edge] pageInfo: PageInfo totalCount: Int }
    type Edge { node: Task }
    type PageInfo { hasNextPage: Boolean }
    type Task { id: ID source: Source children: [Task] }
    type Source { text: String line: Int }
  `);
  async function seen(query: string, depth?: number) {
    let out: { paths: string[]; page: boolean; total: boolean; has: Record<string, boolean> } | undefined;
    await execute({
      schema,
      document: parse(query),
      rootValue: {
        tasks: (_args: unknown, _ctx: unknown, info: any) => {
          const s = connectionSelection(info);
          out = {
            paths: [...selectedPaths(info, depth)].sort(),
            page: s.page,
            total: s.total,
            has: Object.fromEntries(["id", "source.text", "source.line", "children"].map((p) => [p, s.has(p)])),
          };
          return null;
        },
      },
    });
    return out!;
  }

  it("tells a count-only selection from a page", async () => {
    expect(await seen(`{ tasks { totalCount } }`)).toMatchObject({ page: false, total: true });
    expect(await seen(`{ tasks { nodes { id } } }`)).toMatchObject({ page: true, total: false });
    expect(await seen(`{ tasks { edges { node { id } } } }`)).toMatchObject({ page: true, total: false });
    expect(await seen(`{ tasks { pageInfo { hasNextPage } } }`)).toMatchObject({ page: true, total: false });
  });

  it("finds item fields through nodes or edges.node, fragments and aliases resolved", async () => {
    const viaNodes = await seen(`{ tasks { nodes { source { text } } } }`);
    expect(viaNodes.has).toEqual({ id: false, "source.text": true, "source.line": false, children: false });
    const viaEdges = await seen(`{ tasks { edges { node { ...F } } } } fragment F on Task { x: id ... on Task { source { line } } }`);
    expect(viaEdges.has).toEqual({ id: true, "source.text": false, "source.line": true, children: false });
  });

  it("walks only as deep as asked", async () => {
    const q = `{ tasks { nodes { children { source { text } } } } }`;
    expect((await seen(q, 1)).paths).toEqual(["nodes"]);
    expect((await seen(q, 2)).paths).toEqual(["nodes", "nodes.children"]);
    expect((await seen(q, 3)).paths).toEqual(["nodes", "nodes.children", "nodes.children.source"]);
    expect((await seen(q)).paths).toEqual(["nodes", "nodes.children", "nodes.children.source"]);
  });

  it("walks a field's selection once, however many list items resolve it", async () => {
    let infos: any[] = [];
    await execute({
      schema,
      document: parse(`{ tasks { nodes { id } } }`),
      rootValue: { tasks: (_a: unknown, _c: unknown, info: any) => ((infos = [info, { ...info }]), null) },
    });
    // Two resolve infos sharing fieldNodes (as graphql-js gives every item of a list): one Set.
    const [one, other] = infos;
    expect(selectedPaths(other, 2)).toBe(selectedPaths(one, 2));
    expect(selectedPaths(one, 1)).not.toBe(selectedPaths(one, 2));
    expect([...selectedPaths(one, 1)]).toEqual(["nodes"]);
  });

  it("counts a field under @skip as selected: it only ever loads more, never less", async () => {
    expect((await seen(`{ tasks { totalCount @skip(if: true) } }`)).total).toBe(true);
  });
});

describe("ids", () => {
  it("read their type from the prefix before the first colon", () => {
    expect(typeOfId("Task:001_aa40d479269d3f1a:2/4/12")).toBe("Task");
    expect(typeOfId("Department:西藏自治区:西藏自治区医疗保障局")).toBe("Department");
    for (const bad of ["task:1", "Task:", "Task", ":1", "9Task:1", "Task-x:1"]) expect(typeOfId(bad)).toBeUndefined();
  });

  it("are checked against the expected type, naming the argument and the expected shape", () => {
    expect(expectId("Plan:001", "Plan")).toBe("Plan:001");
    try {
      expectId("Task:1", "Plan");
    } catch (e: any) {
      expect(e.extensions).toEqual({ code: "BAD_USER_INPUT", argument: "id" });
    }
    // Only strings: a list whose text would read as a Plan id is still refused.
    expect(() => expectId(["Plan:001"] as unknown as string, "Plan")).toThrow(/Malformed Plan id/);
    // The message echoes at most 100 characters of a long bad id.
    expect(() => expectId(`Task:${"x".repeat(200)}`, "Plan")).toThrow(`Malformed Plan id "Task:${"x".repeat(95)}": expected "Plan:…"`);
    expect(() => expectId("Task:1", "Plan")).toThrow('Malformed Plan id "Task:1": expected "Plan:…"');
    expect(() => expectId(`Plan:${"x".repeat(496)}`, "Plan")).toThrow(/Malformed Plan id/);
    expect(expectId(`Plan:${"x".repeat(495)}`, "Plan")).toHaveLength(500);
    try {
      expectId("Task:1", "Plan", "planId");
    } catch (e: any) {
      expect(e.extensions).toEqual({ code: "BAD_USER_INPUT", argument: "planId" });
    }
  });
});

describe("node(id)", () => {
  const loaders = Object.fromEntries(["plan", "region", "task", "department", "indicator"].map((k) => [k, { load: async (id: string) => ({ id, via: k }) }]));
  const node = (id: string) => new NodeResolver().node({ loaders } as any, id);

  it.each([
    ["Plan:001_aa40d479269d3f1a", "plan"],
    ["Region:西藏自治区", "region"],
    ["Task:001_aa40d479269d3f1a:2/4/12", "task"],
    ["Department:西藏自治区:西藏自治区医疗保障局", "department"],
    ["Indicator:000_1cc9d6698810e7a5:3", "indicator"],
  ])("loads %s through the %s loader", async (id, via) => {
    await expect(node(id)).resolves.toEqual({ id, via });
  });

  it.each(["LineageGroup:x", "Nope:1", "plan:1", "no colon"])("refuses %s: no known type, naming the argument", async (id) => {
    await expect(node(id)).rejects.toMatchObject({
      message: `Malformed id ${JSON.stringify(id)}: expected "<Type>:…" with a known type`,
      extensions: { code: "BAD_USER_INPUT", argument: "id" },
    });
    await expect(node(`Nope:${"x".repeat(200)}`)).rejects.toThrow(`Malformed id "Nope:${"x".repeat(95)}"`);
  });
});

describe("provenance", () => {
  it("reads the flat source properties back, and null where a node has none", () => {
    const row = { sourceFile: "seeds/001.txt", sourceLine: 3, sourceEndLine: 4, sourceStartOffset: 10, sourceEndOffset: 20, sourceText: "区医保局" };
    expect(sourceOf(row)).toEqual({ file: "seeds/001.txt", line: 3, endLine: 4, startOffset: 10, endOffset: 20, text: "区医保局", page: null });
    expect(sourceOf({ ...row, sourcePage: 7 })?.page).toBe(7);
    expect(sourceOf({ sourceFile: null })).toBeNull();
    expect(sourceOf({})).toBeNull();
  });
});

import { execFile, execFileSync } from "child_process";
import * as path from "path";
import { startTestApi, TestApi } from "../setup/api";

const root = path.join(__dirname, "../..");
let api: TestApi;
let python: string;
let output: string;

/** Connected components of SAME_TASK_AS links, largest first (what networkx computes in the notebook). */
function groupSizes(links: [string, string][]): number[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    if (!parent.has(x)) parent.set(x, x);
    const p = parent.get(x)!;
    if (p === x) return x;
    const r = find(p);
    parent.set(x, r);
    return r;
  };
  for (const [a, b] of links) parent.set(find(a), find(b));
  const sizes = new Map<string, number>();
  for (const x of parent.keys()) sizes.set(find(x), (sizes.get(find(x)) ?? 0) + 1);
  return [...sizes.values()].sort((a, b) => b - a);
}

function line(pattern: RegExp): RegExpMatchArray {
  const m = output.match(pattern);
  if (!m) throw new Error(`the notebook printed no line matching ${pattern}:\n${output}`);
  return m;
}

beforeAll(() => {
  // The set-up installs Debian's python3-pandas, -networkx, -requests on first run and
  // prints the interpreter that imports them (the PATH one may be a pyenv without them).
  const ensured = execFileSync("sh", [path.join(root, "scripts/ensure-python.sh")], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  python = ensured.trim().split("\n").pop()!;
}, 900_000);

beforeAll(async () => {
  api = await startTestApi();
  // Asynchronously: the API serves from this very process, so a blocking spawn would starve it.
  output = await new Promise<string>((resolve, reject) =>
    execFile(python, [path.join(root, "examples/notebook.py"), api.url], { encoding: "utf8", timeout: 300_000 }, (error, stdout, stderr) =>
      error ? reject(new Error(`examples/notebook.py failed (${error.message}):\n${stdout}\n${stderr}`)) : resolve(stdout),
    ),
  );
}, 300_000);
afterAll(() => api?.close());

async function count(query: string): Promise<number> {
  return (await api.db.read("test count", query))[0].n as number;
}

describe("examples/notebook.py against the live API", () => {
  it("walks every GraphQL page of tasks and finds the same tasks as the export", async () => {
    const [, graphql, pages, exported] = line(/^tasks: (\d+) \(GraphQL, (\d+) pages\) = (\d+) \(export\)$/m);
    const tasks = await count("MATCH (t:Task) RETURN count(t) AS n");
    expect([Number(graphql), Number(exported)]).toEqual([tasks, tasks]);
    expect(Number(pages)).toBe(Math.ceil(tasks / 100));
  });

  it("counts the unit ties and pages through them", async () => {
    const [, graphql, exported, pages] = line(/^unit ties: (\d+) \(GraphQL\) = (\d+) \(export, (\d+) pages\)$/m);
    const ties = await count("MATCH (:Department)-[r:LEADS|RESPONSIBLE_FOR|NAMED_AS_ACTING]->(:Task) RETURN count(r) AS n");
    expect([Number(graphql), Number(exported)]).toEqual([ties, ties]);
    expect(Number(pages)).toBe(Math.max(1, Math.ceil(ties / 50)));
  });

  it("walks every GraphQL page of task links and finds the plan links, as many as the export and the graph hold", async () => {
    const [, taskLinks, pages, planLinks, exported] = line(/^lineage links: (\d+) task links \(GraphQL, (\d+) pages\) \+ (\d+) plan links = (\d+) \(export\)$/m);
    const tasks = await count("MATCH (:Task)-[r:SAME_TASK_AS|IMPLEMENTS|COVERS|ELABORATES]->(:Task) RETURN count(r) AS n");
    const plans = await count("MATCH (:Plan {loaded: true})-[r:IMPLEMENTS]->(:Plan) RETURN count(r) AS n");
    expect([Number(taskLinks), Number(planLinks), Number(exported)]).toEqual([tasks, plans, tasks + plans]);
    expect(Number(pages)).toBe(Math.max(1, Math.ceil(tasks / 100)));
  });

  it("counts indicators and departments as the graph holds them", async () => {
    const [, indicators, departments] = line(/^indicators: (\d+), departments: (\d+)$/m);
    expect(Number(indicators)).toBe(await count("MATCH (i:Indicator) RETURN count(i) AS n"));
    expect(Number(departments)).toBe(await count("MATCH (d:Department) RETURN count(d) AS n"));
  });

  it("names the department that leads the most tasks, as Cypher does", async () => {
    const [top] = await api.db.read(
      "test",
      `MATCH (d:Department)-[:LEADS]->(t:Task)
       WITH d, count(DISTINCT t) AS led ORDER BY led DESC, d.name LIMIT 1
       RETURN d.id AS id, led`,
    );
    expect(line(/^top lead department: (\S+) \((\d+) tasks\)$/m).slice(1)).toEqual([top.id, String(top.led)]);
  });

  it("lists the API's lineage groups, largest first, as many as the graph holds", async () => {
    const [groups] = await api.db.read("test", "MATCH (g:LineageGroup) WHERE g.planCount >= 2 RETURN count(g) AS n, coalesce(max(g.size), 0) AS largest");
    expect(line(/^lineage groups: (\d+), largest: (\d+) tasks$/m).slice(1)).toEqual([String(groups.n), String(groups.largest)]);
  });

  it("finds the connected components of SAME_TASK_AS that the graph holds", async () => {
    const links = await api.db.read("test", "MATCH (a:Task)-[:SAME_TASK_AS]->(b:Task) RETURN a.id AS a, b.id AS b");
    const sizes = groupSizes(links.map((l) => [l.a as string, l.b as string]));
    expect(line(/^SAME_TASK_AS components \(networkx\): (\d+), largest: (\d+) tasks/m).slice(1)).toEqual([String(sizes.length), String(sizes[0] ?? 0)]);
  });
});

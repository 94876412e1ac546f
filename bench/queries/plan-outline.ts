import { ContractQuery, example } from "./contract";

const PLAN = "Plan:000_1cc9d6698810e7a5";

interface OutlineNode {
  kind: string;
  number: string | null;
  title: string;
  deadlines?: number[];
  line?: number;
  children?: OutlineNode[];
}

/** The outline, depth first, one line per item: what a frontend draws. */
function lines(title: string, region: string | null, parent: string | null, outline: OutlineNode[]): string[] {
  const out = [`${title}|${region}|${parent}`];
  const walk = (nodes: OutlineNode[], depth: number) => {
    for (const n of nodes) {
      out.push(`${depth}|${n.kind}|${n.number}|${n.title}|${n.deadlines?.join(",") ?? ""}|${n.line ?? ""}`);
      walk(n.children ?? [], depth + 1);
    }
  };
  walk(outline, 0);
  return out;
}

/** Browse a plan's outline three levels deep (chapters → sections → tasks). */
export function planOutline(root: string): ContractQuery {
  return {
    name: "PlanOutline",
    ours: {
      query: example(root, "plan-outline.graphql"),
      variables: { planId: PLAN },
      digest: (d) => {
        const strip = (n: any): OutlineNode => ({ ...n, line: n.source?.line, children: n.children?.map(strip) });
        return lines(d.plan.title, d.plan.region?.name, d.plan.region?.parent?.name ?? null, d.plan.outline.map(strip));
      },
    },
    peer: {
      query: /* GraphQL */ `
        query PlanOutline($planId: ID!) {
          plans(where: { id: { eq: $planId } }) {
            title
            region { name parent { name } }
            tasks(where: { parentId: { eq: null } }, sort: [{ seq: ASC }]) {
              kind number title
              children(sort: [{ seq: ASC }]) {
                kind number title
                children(sort: [{ seq: ASC }]) { kind number title deadlines sourceLine }
              }
            }
          }
        }`,
      variables: { planId: PLAN },
      digest: (d) => {
        const p = d.plans[0];
        const strip = (n: any): OutlineNode => ({ ...n, line: n.sourceLine, children: n.children?.map(strip) });
        return lines(p.title, p.region[0]?.name, p.region[0]?.parent[0]?.name ?? null, p.tasks.map(strip));
      },
    },
    floor: {
      cypher: `
        MATCH (p:Plan {id: $planId})
        RETURN p.title AS title,
          head(COLLECT { MATCH (p)-[:OF_REGION]->(r:Region) RETURN r.name }) AS region,
          head(COLLECT { MATCH (p)-[:OF_REGION]->(:Region)-[:PART_OF]->(r:Region) RETURN r.name }) AS parent,
          COLLECT {
            MATCH (c:Task {planId: p.id}) WHERE c.parentId IS NULL
            WITH c ORDER BY c.seq
            RETURN c { .kind, .number, .title, children: COLLECT {
              MATCH (s:Task)-[:CHILD_OF]->(c) WITH s ORDER BY s.seq
              RETURN s { .kind, .number, .title, children: COLLECT {
                MATCH (t:Task)-[:CHILD_OF]->(s) WITH t ORDER BY t.seq
                RETURN t { .kind, .number, .title, .deadlines, line: t.sourceLine } } } } } } AS outline`,
      params: { planId: PLAN },
      digest: (rows) => lines(rows[0].title as string, rows[0].region as string, rows[0].parent as string, rows[0].outline as OutlineNode[]),
    },
  };
}

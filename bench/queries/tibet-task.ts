import { ContractQuery, example, sorted } from "./contract";

const PLAN = "Plan:001_aa40d479269d3f1a";

interface Unit {
  relation: string;
  printed: string;
  line: number;
}

function line(number: string, title: string, at: number, lead: string[], responsible: string[], units: Unit[]): string {
  const u = sorted(units.map((x) => `${x.relation}:${x.printed}@${x.line}`)).join(",");
  return `${number}|${title}|${at}|${lead.join(",")}|${responsible.join(",")}|${u}`;
}

/** Who leads each task of the Tibet opinion, who is responsible, and where that is written. */
export function tibetTask(root: string): ContractQuery {
  const edges = (c: any, relation: string): Unit[] => c.edges.map((e: any) => ({ relation, printed: e.properties.printed, line: e.properties.sourceLine }));
  const byPrintedOrder = `sort: [{ edge: { sourceStartOffset: ASC } }]`;
  return {
    name: "TibetTask",
    ours: {
      query: example(root, "tibet-task.graphql"),
      variables: { planId: PLAN },
      digest: (d) => [
        d.plan.title,
        ...d.plan.tasks.nodes.map((t: any) =>
          line(
            t.number,
            t.title,
            t.source.line,
            t.lead.map((x: any) => x.name),
            t.responsible.map((x: any) => x.name),
            t.units.map((u: any) => ({ relation: u.relation, printed: u.printedName, line: u.source.line })),
          ),
        ),
      ],
    },
    peer: {
      query: /* GraphQL */ `
        query TibetTask($planId: ID!) {
          plans(where: { id: { eq: $planId } }) {
            title
            tasks(where: { kind: { eq: "TASK" } }, sort: [{ sortKey: ASC }], limit: 50) {
              number title sourceFile sourceLine sourceText
              leadConnection(${byPrintedOrder}) { edges { properties { printed sourceFile sourceLine } node { name } } }
              responsibleConnection(${byPrintedOrder}) { edges { properties { printed sourceFile sourceLine } node { name } } }
              actingConnection(${byPrintedOrder}) { edges { properties { printed sourceFile sourceLine } node { name } } }
            }
          }
        }`,
      variables: { planId: PLAN },
      digest: (d) => [
        d.plans[0].title,
        ...d.plans[0].tasks.map((t: any) =>
          line(
            t.number,
            t.title,
            t.sourceLine,
            t.leadConnection.edges.map((e: any) => e.node.name),
            t.responsibleConnection.edges.map((e: any) => e.node.name),
            [...edges(t.leadConnection, "LEADS"), ...edges(t.responsibleConnection, "RESPONSIBLE_FOR"), ...edges(t.actingConnection, "NAMED_AS_ACTING")],
          ),
        ),
      ],
    },
    floor: {
      cypher: `
        MATCH (p:Plan {id: $planId})
        RETURN p.title AS title, COLLECT {
          MATCH (t:Task {planId: p.id}) WHERE t.kind = 'TASK'
          WITH t ORDER BY t.sortKey LIMIT 50
          RETURN t { .number, .title, .sourceFile, .sourceLine, .sourceText,
            lead: COLLECT { MATCH (d:Department)-[r:LEADS]->(t) WITH d, r ORDER BY r.sourceStartOffset RETURN d.name },
            responsible: COLLECT { MATCH (d:Department)-[r:RESPONSIBLE_FOR]->(t) WITH d, r ORDER BY r.sourceStartOffset RETURN d.name },
            units: COLLECT { MATCH (:Department)-[r:LEADS|RESPONSIBLE_FOR|NAMED_AS_ACTING]->(t) WITH r ORDER BY r.sourceStartOffset
                             RETURN { relation: type(r), printed: r.printed, file: r.sourceFile, line: r.sourceLine } } } } AS tasks`,
      params: { planId: PLAN },
      digest: (rows) => [
        rows[0].title as string,
        ...(rows[0].tasks as any[]).map((t) => line(t.number, t.title, t.sourceLine, t.lead, t.responsible, t.units)),
      ],
    },
  };
}

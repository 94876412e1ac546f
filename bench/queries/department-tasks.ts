import { matchKey } from "../../src/common/text-keys";
import { ContractQuery, example, sorted } from "./contract";

const NAME = "区财政厅";

function line(name: string, region: string, leadsTotal: number, leads: string[], respTotal: number, resp: string[]): string {
  return `${name}|${region}|${leadsTotal}|${leads.join(",")}|${respTotal}|${resp.join(";")}`;
}

const task = (t: any, lead: string[], responsible: string[]) => `${t.number}:${t.title}:${sorted(lead).join("+")}:${sorted(responsible).join("+")}`;

/** Which tasks does 区财政厅 lead or share, and who else holds each? */
export function departmentTasks(root: string): ContractQuery {
  return {
    name: "DepartmentTasks",
    ours: {
      query: example(root, "department-tasks.graphql"),
      variables: { name: NAME },
      digest: (d) =>
        d.departments.nodes.map((x: any) =>
          line(
            x.name,
            x.region?.name,
            x.leads.totalCount,
            x.leads.nodes.map((t: any) => `${t.number}:${t.title}`),
            x.responsibleFor.totalCount,
            x.responsibleFor.nodes.map((t: any) => task(t, t.lead.map((u: any) => u.name), t.responsible.map((u: any) => u.name))),
          ),
        ),
    },
    peer: {
      query: /* GraphQL */ `
        query DepartmentTasks($name: String!) {
          departments(where: { searchText: { contains: $name } }, sort: [{ sortKey: ASC }], limit: 5) {
            id name aliases type
            region { name }
            leadsConnection(first: 50, sort: [{ node: { sortKey: ASC } }]) { totalCount edges { node { number title } } }
            responsibleForConnection(first: 50, sort: [{ node: { sortKey: ASC } }]) {
              totalCount
              edges { node { number title lead { name } responsible { name } } }
            }
          }
        }`,
      // Our filter matches the simplified, folded form the graph stores in searchText; the peer is given the same.
      variables: { name: matchKey(NAME) },
      digest: (d) =>
        d.departments.map((x: any) =>
          line(
            x.name,
            x.region[0]?.name,
            x.leadsConnection.totalCount,
            x.leadsConnection.edges.map((e: any) => `${e.node.number}:${e.node.title}`),
            x.responsibleForConnection.totalCount,
            x.responsibleForConnection.edges.map((e: any) => task(e.node, e.node.lead.map((u: any) => u.name), e.node.responsible.map((u: any) => u.name))),
          ),
        ),
    },
    floor: {
      cypher: `
        MATCH (d:Department) WHERE d.searchText CONTAINS $name
        WITH d ORDER BY d.sortKey LIMIT 5
        RETURN d { .id, .name, .aliases, .type,
          region: head(COLLECT { MATCH (d)-[:IN_REGION]->(r:Region) RETURN r.name }),
          leadsTotal: COUNT { MATCH (d)-[:LEADS]->(t:Task) RETURN DISTINCT t },
          leads: COLLECT { MATCH (d)-[:LEADS]->(t:Task) WITH DISTINCT t ORDER BY t.sortKey LIMIT 50 RETURN t { .number, .title } },
          respTotal: COUNT { MATCH (d)-[:RESPONSIBLE_FOR]->(t:Task) RETURN DISTINCT t },
          resp: COLLECT { MATCH (d)-[:RESPONSIBLE_FOR]->(t:Task) WITH DISTINCT t ORDER BY t.sortKey LIMIT 50
            RETURN t { .number, .title,
              lead: COLLECT { MATCH (u:Department)-[:LEADS]->(t) RETURN u.name },
              responsible: COLLECT { MATCH (u:Department)-[:RESPONSIBLE_FOR]->(t) RETURN u.name } } } } AS d`,
      params: { name: matchKey(NAME) },
      digest: (rows) =>
        rows.map(({ d }: any) =>
          line(d.name, d.region, d.leadsTotal, d.leads.map((t: any) => `${t.number}:${t.title}`), d.respTotal, d.resp.map((t: any) => task(t, t.lead, t.responsible))),
        ),
    },
  };
}

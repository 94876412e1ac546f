import { toLuceneQuery } from "../../src/search/lucene";
import { ContractQuery, example } from "./contract";

const TEXT = "醫保基金監管";

/** Full-text search in either script. The peer has no search across node types, so it is compared with the floor only. */
export function search(root: string): ContractQuery {
  return {
    name: "Search",
    note: "@neo4j/graphql's @fulltext works per node type; our search spans tasks, indicators, plans and departments in one ranked list, so no equivalent peer query",
    ours: {
      query: example(root, "search.graphql"),
      variables: { text: TEXT },
      digest: (d) => d.search.map((h: any) => h.node.id),
    },
    floor: {
      cypher: `
        CALL db.index.fulltext.queryNodes('search', $query, {limit: 10}) YIELD node, score
        RETURN node.id AS id, labels(node) AS labels, node.title AS title, node.name AS name, node.text AS text,
               head(COLLECT { MATCH (node)-[:IN_PLAN]->(p:Plan) RETURN p.title }) AS plan, score
        ORDER BY score DESC`,
      params: { query: toLuceneQuery(TEXT) },
      digest: (rows) => rows.map((r) => r.id as string),
    },
  };
}

import { indicatorConcept } from "../../src/ingest/parse/indicators";
import { ContractQuery, example } from "./contract";

const CONCEPT = "基本医疗保险参保率";

const line = (i: any, plan: string, region: string, file: string, at: number) =>
  `${i.name}|${i.concept}|${i.baseline}|${i.target}|${i.targetValue}|${i.targetComparator}|${i.attribute}|${plan}|${region}|${file}:${at}`;

/** The 2025 target of one indicator across every plan that prints it. */
export function indicatorAcrossPlans(root: string): ContractQuery {
  const concept = indicatorConcept(CONCEPT);
  return {
    name: "IndicatorAcrossPlans",
    ours: {
      query: example(root, "indicator-across-plans.graphql"),
      variables: { concept: CONCEPT },
      digest: (d) => [String(d.indicators.totalCount), ...d.indicators.nodes.map((i: any) => line(i, i.plan.title, i.plan.region?.name, i.source.file, i.source.line))],
    },
    peer: {
      query: /* GraphQL */ `
        query IndicatorAcrossPlans($concept: String!) {
          indicatorsConnection(where: { concept: { contains: $concept }, table: { eq: "target" } }, first: 50, sort: [{ sortKey: ASC }]) {
            totalCount
            edges { node { name concept baseline target targetValue targetComparator attribute sourceFile sourceLine plan { title region { name } } } }
          }
        }`,
      // Our resolver normalizes the concept (indicatorConcept) before matching; the peer is given the normalized form.
      variables: { concept },
      digest: (d) => [
        String(d.indicatorsConnection.totalCount),
        ...d.indicatorsConnection.edges.map(({ node: i }: any) => line(i, i.plan[0]?.title, i.plan[0]?.region[0]?.name, i.sourceFile, i.sourceLine)),
      ],
    },
    floor: {
      // One index scan serves both the count and the page; the concept test first, so it reads index values only.
      cypher: `
        MATCH (i:Indicator) WHERE i.concept CONTAINS $concept AND i.table = 'target'
        WITH collect(i) AS matched
        CALL (matched) {
          UNWIND matched AS i
          WITH i ORDER BY i.sortKey LIMIT 50
          RETURN collect(i { .name, .concept, .baseline, .target, .targetValue, .targetComparator, .attribute, .sourceFile, .sourceLine,
            plan: head([(i)-[:IN_PLAN]->(p:Plan) | p.title]),
            region: head([(i)-[:IN_PLAN]->(:Plan)-[:OF_REGION]->(r:Region) | r.name]) }) AS nodes
        }
        RETURN size(matched) AS total, nodes`,
      params: { concept },
      digest: (rows) => [String(rows[0].total), ...(rows[0].nodes as any[]).map((i) => line(i, i.plan, i.region, i.sourceFile, i.sourceLine))],
    },
  };
}

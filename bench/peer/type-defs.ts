/**
 * The same graph described to @neo4j/graphql (the Neo4j GraphQL Library), so it
 * can serve equivalent queries over the very same Neo4j data. Relationships are
 * lists: version 7 has no one-to-one relationship fields.
 */
export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Plan @node {
    id: ID!
    title: String
    kind: String
    loaded: Boolean
    periodStart: Int
    periodEnd: Int
    region: [Region!]! @relationship(type: "OF_REGION", direction: OUT)
    tasks: [Task!]! @relationship(type: "IN_PLAN", direction: IN)
    indicators: [Indicator!]! @relationship(type: "IN_PLAN", direction: IN)
    cites: [Plan!]! @relationship(type: "CITES", direction: OUT)
  }

  type Region @node {
    id: ID!
    name: String
    level: String
    parent: [Region!]! @relationship(type: "PART_OF", direction: OUT)
  }

  type UnitEdge @relationshipProperties {
    printed: String
    sourceFile: String
    sourceLine: Int
    sourceStartOffset: Int
  }

  type Task @node {
    id: ID!
    planId: String
    parentId: String
    seq: Int
    sortKey: String
    kind: String
    number: String
    path: String
    title: String
    text: String
    deadlines: [Int!]
    sourceFile: String
    sourceLine: Int
    sourceText: String
    plan: [Plan!]! @relationship(type: "IN_PLAN", direction: OUT)
    children: [Task!]! @relationship(type: "CHILD_OF", direction: IN)
    lead: [Department!]! @relationship(type: "LEADS", direction: IN, properties: "UnitEdge")
    responsible: [Department!]! @relationship(type: "RESPONSIBLE_FOR", direction: IN, properties: "UnitEdge")
    acting: [Department!]! @relationship(type: "NAMED_AS_ACTING", direction: IN, properties: "UnitEdge")
  }

  type Department @node {
    id: ID!
    name: String
    aliases: [String!]
    type: String
    sortKey: String
    searchText: String
    region: [Region!]! @relationship(type: "IN_REGION", direction: OUT)
    leads: [Task!]! @relationship(type: "LEADS", direction: OUT, properties: "UnitEdge")
    responsibleFor: [Task!]! @relationship(type: "RESPONSIBLE_FOR", direction: OUT, properties: "UnitEdge")
  }

  type Indicator @node {
    id: ID!
    planId: String
    sortKey: String
    name: String
    concept: String
    table: String
    baseline: String
    target: String
    targetValue: Float
    targetComparator: String
    attribute: String
    sourceFile: String
    sourceLine: Int
    plan: [Plan!]! @relationship(type: "IN_PLAN", direction: OUT)
  }
`;

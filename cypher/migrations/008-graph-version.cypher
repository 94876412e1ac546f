// The graph's version: one node, counted up by every document load and lineage update in
// its own transaction; API answers carry it in their ETags, so every API instance agrees.
// `epoch` (set once) tells a rebuilt graph from the one before it, whose counts it may repeat.
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (v:GraphVersion) REQUIRE v.id IS UNIQUE;
MERGE (v:GraphVersion {id: 'graph'}) ON CREATE SET v.epoch = randomUUID(), v.version = 0;

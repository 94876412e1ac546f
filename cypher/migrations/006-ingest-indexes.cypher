// The loader's duplicate check (cypher/load/plan-by-content.cypher) looks plans up by content hash.
CREATE INDEX plan_content_hash IF NOT EXISTS FOR (n:Plan) ON (n.contentHash);

// COVERS and ELABORATES page by sortKey like SAME_TASK_AS and IMPLEMENTS (lineageLinks without a plan: links-page.cypher).
CREATE INDEX covers_sort IF NOT EXISTS FOR ()-[r:COVERS]-() ON (r.sortKey);
CREATE INDEX elaborates_sort IF NOT EXISTS FOR ()-[r:ELABORATES]-() ON (r.sortKey);

// Lineage groups (connected SAME_TASK_AS components) are nodes: addressed by id, listed by sortKey (largest first).
CREATE CONSTRAINT lineage_group_id IF NOT EXISTS FOR (n:LineageGroup) REQUIRE n.id IS UNIQUE;
CREATE INDEX lineage_group_sort IF NOT EXISTS FOR (n:LineageGroup) ON (n.sortKey);

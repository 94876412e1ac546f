// A batch of the departments export, by name (sortKey is name|id), with the totalCount of
// each task connection of Department; counts are of distinct tasks, as in departments/tasks-count.
MATCH (d:Department)
WHERE $after IS NULL OR d.sortKey > $after[0]
WITH d ORDER BY d.sortKey LIMIT $limit
RETURN [d.sortKey] AS key,
       d {.id, .name, .aliases, .type, .collective, .regionId,
          leadsTotalCount: COUNT { MATCH (d)-[:LEADS]->(t:Task) RETURN DISTINCT t },
          responsibleForTotalCount: COUNT { MATCH (d)-[:RESPONSIBLE_FOR]->(t:Task) RETURN DISTINCT t },
          namedAsActingTotalCount: COUNT { MATCH (d)-[:NAMED_AS_ACTING]->(t:Task) RETURN DISTINCT t }} AS row

// Audit workbook, sheet 部门: departments by the number of tasks they lead, then of tasks
// they share as a responsible unit (责任单位), then by name. The cursor key is that rank
// as one string (counts complemented and zero-padded, so the string order is the rank).
MATCH (d:Department)
WITH d,
     COUNT { MATCH (d)-[:LEADS]->(t:Task) RETURN DISTINCT t } AS led,
     COUNT { MATCH (d)-[:RESPONSIBLE_FOR]->(t:Task) RETURN DISTINCT t } AS shared,
     COUNT { MATCH (d)-[:NAMED_AS_ACTING]->(t:Task) RETURN DISTINCT t } AS acting
WITH d, led, shared, acting,
     right('000000000' + toString(999999999 - led), 9) + '|' + right('000000000' + toString(999999999 - shared), 9) + '|' + d.sortKey AS rank
WHERE $after IS NULL OR rank > $after[0]
WITH d, led, shared, acting, rank ORDER BY rank LIMIT $limit
OPTIONAL MATCH (d)-[:IN_REGION]->(r:Region)
RETURN [rank] AS key,
       {name: d.name, type: d.type, regionName: r.name, aliases: d.aliases, collective: d.collective,
        led: led, shared: shared, acting: acting, id: d.id} AS row

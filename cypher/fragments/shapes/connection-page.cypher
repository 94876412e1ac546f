// A connection's page without totalCount: at most $limit + 1 rows past the cursor (the extra one
// tells whether a next page exists), in sortKey order.
{page: COLLECT {
    {{rows}}
    WITH {node} WHERE $after IS NULL OR {node}.sortKey > $after
    WITH {node} ORDER BY {node}.sortKey LIMIT $fetch
    RETURN {node} },
  limit: $limit, type: {{type}}}

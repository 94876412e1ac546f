// A connection's page and totalCount from one read: every match collected in sortKey order,
// counted, and the page taken past the cursor from the same list.
[{all} IN [COLLECT { {{rows}} WITH {node} ORDER BY {node}.sortKey RETURN {node} }] |
  {total: size({all}), page: [{item} IN {all} WHERE $after IS NULL OR {item}.sortKey > $after][..$fetch], limit: $limit, type: {{type}}}][0]

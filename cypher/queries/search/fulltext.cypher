// $query is built by src/search/lucene.ts from escaped, quoted terms: never raw user text.
CALL db.index.fulltext.queryNodes('search', $query, {limit: $limit})
YIELD node, score
RETURN node {.*, searchText: null, regionId: [(node)-[:OF_REGION]->(r:Region) | r.id][0]} AS node, score
ORDER BY score DESC

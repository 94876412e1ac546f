// Query.search: $query is built by src/search/lucene.ts from escaped, quoted terms, never
// raw user text; each hit carries the terms its snippet marks.
CALL db.index.fulltext.queryNodes('search', $query, {limit: $limit}) YIELD node AS {found}, score AS {score}
WITH {found}, {score} ORDER BY {score} DESC
WITH {node: {found}, score: {score}, terms: $terms} AS {searchHit}
RETURN {searchHit}

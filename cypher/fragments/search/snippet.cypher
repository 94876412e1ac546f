// SearchHit.snippet: the hit's printed texts and the terms to mark; the excerpt is cut in Node (src/search/snippet.ts).
{shown: [{text} IN [{searchHit}.node.title, {searchHit}.node.name, {searchHit}.node.text] WHERE {text} IS NOT NULL], terms: {searchHit}.terms}

// A compiled root field: the graph's version (migrations/008) read first, which the answer
// is at least as new as (its ETag carries it), then the field's value.
OPTIONAL MATCH ({version}:GraphVersion {id: 'graph'})
WITH {version}.epoch + '.' + toString({version}.version) AS {graphVersion}
RETURN {graphVersion} AS version, {{value}} AS value

// Read first in every compiled statement: the graph's version (migrations/008), which the
// answer is at least as new as; the answer's ETag carries it.
OPTIONAL MATCH ({version}:GraphVersion {id: 'graph'})
WITH {version}.epoch + '.' + toString({version}.version) AS {graphVersion}

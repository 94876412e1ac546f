// The graph's version now (see migrations/008), for a conditional request: If-None-Match against it.
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
RETURN v.epoch + '.' + toString(v.version) AS version

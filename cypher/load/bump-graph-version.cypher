// The graph changed: count its version up, in the transaction that changed it (see migrations/008).
MERGE (v:GraphVersion {id: 'graph'})
ON CREATE SET v.epoch = randomUUID(), v.version = 0
SET v.version = v.version + 1
RETURN v.version AS version

// Whether each plan's lineage is current: lineageKey = contentHash:version once computed.
UNWIND $ids AS id
MATCH (p:Plan {id: id})
RETURN p.id AS id, p.loaded AS loaded, p.contentHash AS contentHash, p.lineageKey AS lineageKey, p.title AS title

// A region as regions/by-id returns it, for Region's resolvers.
{region} {.*, parentId: head(COLLECT { MATCH ({region})-[:PART_OF]->({parent}:Region) RETURN {parent}.id })}

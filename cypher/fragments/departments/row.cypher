// A department as departments/by-id returns it, for Department's resolvers.
{department} {.id, .name, .aliases, .type, .collective, .regionId, .sortKey}

// A task as tasks/by-id returns it, for Task's resolvers.
{task} {.*, searchText: null}

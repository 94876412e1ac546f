UNWIND $ids AS key
MATCH (t:Task {id: key})
RETURN key, t {.*, searchText: null} AS node

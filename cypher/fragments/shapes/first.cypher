// A single object field: the first row a field's fragment yields, as the client selected it; null when none.
head(COLLECT { {{rows}} RETURN {{item}} })

// A list field: the rows a field's fragment yields, each as the client selected it (`item`), in the fragment's order.
COLLECT { {{rows}} RETURN {{item}} }

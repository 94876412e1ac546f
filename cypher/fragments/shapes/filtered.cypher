// A connection's rows kept by its filter (a predicate on {node}).
{{rows}}
WITH {node} WHERE {{filter}}

// CONTAINS filters: a range index cannot serve `CONTAINS`, a TEXT index can (its trigrams
// find the matching values without reading every node of the label).
// indicators(filter: {concept}), departments(filter: {name}), tasks(filter: {text}).
CREATE TEXT INDEX indicator_concept_text IF NOT EXISTS FOR (n:Indicator) ON (n.concept);
CREATE TEXT INDEX department_search_text IF NOT EXISTS FOR (n:Department) ON (n.searchText);
CREATE TEXT INDEX task_search_text IF NOT EXISTS FOR (n:Task) ON (n.searchText);

// Lookups the loader and the loaders of the API make by property other than id.
CREATE INDEX task_plan IF NOT EXISTS FOR (n:Task) ON (n.planId);
CREATE INDEX task_kind IF NOT EXISTS FOR (n:Task) ON (n.kind);
CREATE INDEX indicator_plan IF NOT EXISTS FOR (n:Indicator) ON (n.planId);
CREATE INDEX indicator_concept IF NOT EXISTS FOR (n:Indicator) ON (n.concept);
CREATE INDEX plan_title_key IF NOT EXISTS FOR (n:Plan) ON (n.titleKey);
CREATE INDEX plan_file IF NOT EXISTS FOR (n:Plan) ON (n.file);
CREATE INDEX department_type IF NOT EXISTS FOR (n:Department) ON (n.type);
// Keyset pagination: every connection orders by sortKey and seeks past the cursor.
CREATE INDEX task_sort IF NOT EXISTS FOR (n:Task) ON (n.sortKey);
CREATE INDEX indicator_sort IF NOT EXISTS FOR (n:Indicator) ON (n.sortKey);
CREATE INDEX department_sort IF NOT EXISTS FOR (n:Department) ON (n.sortKey);

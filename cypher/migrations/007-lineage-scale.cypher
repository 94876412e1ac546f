// Lineage at national scale: no statement run per plan should read every plan or every link.
// lineageLinks without a plan pages through all links in sortKey order: each relation's own index serves the order.
CREATE INDEX same_task_sort IF NOT EXISTS FOR ()-[r:SAME_TASK_AS]-() ON (r.sortKey);
CREATE INDEX implements_sort IF NOT EXISTS FOR ()-[r:IMPLEMENTS]-() ON (r.sortKey);
// known-plans finds upstream documents by 文号 as well as by title key; remove-orphan-placeholders reads only placeholders.
CREATE INDEX plan_doc_number IF NOT EXISTS FOR (n:Plan) ON (n.docNumber);
CREATE INDEX plan_loaded IF NOT EXISTS FOR (n:Plan) ON (n.loaded);

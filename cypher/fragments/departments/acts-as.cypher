// Department.actsAs: the bodies it also acts as where a plan prints it as A(B); one ACTS_AS edge per plan, each body once.
MATCH ({department})-[:ACTS_AS]->({other}:Department)
WITH DISTINCT {other}
WITH {other} ORDER BY {other}.sortKey
RETURN {other}

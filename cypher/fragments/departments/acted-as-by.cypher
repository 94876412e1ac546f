// Department.actedAsBy: the reverse of actsAs.
MATCH ({department})<-[:ACTS_AS]-({other}:Department)
WITH DISTINCT {other}
WITH {other} ORDER BY {other}.sortKey
RETURN {other}

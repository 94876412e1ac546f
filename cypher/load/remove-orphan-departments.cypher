// Of the departments the replaced version named ($ids, from plan-departments), those that
// no task names any more and no department acts as; checking only these keeps a load's cost
// independent of the graph's size. A placeholder region (清水县所在省) goes with its last department.
UNWIND $ids AS id
MATCH (d:Department {id: id})
WHERE NOT (d)-->(:Task) AND NOT (:Department)-[:ACTS_AS]->(d)
OPTIONAL MATCH (d)-[:IN_REGION]->(r:Region {placeholder: true})
DETACH DELETE d
WITH DISTINCT r
WHERE r IS NOT NULL AND NOT (r)--()
DELETE r

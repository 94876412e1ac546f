// Plan.references: every 《…》 the plan prints in one of $roles, in printed order, as the reference's
// properties with `plan`: the node of the known document it names ($known: by title key or 文号; the
// loaded one first, then the one under the document's own title, as known-plans.cypher picks it for
// plan-level IMPLEMENTS), else the plan the loader linked it to.
MATCH ({plan})-[{reference}:CITES]->({cited}:Plan)
WHERE {reference}.role IN $roles
WITH {reference}, {cited},
  [d IN $known WHERE {cited}.titleKey IN d.titleKeys OR ({reference}.docNumberKey IS NOT NULL AND {reference}.docNumberKey = d.docNumberKey)][0] AS {doc}
WITH {reference}, {cited}, head(COLLECT {
  MATCH ({node}:Plan)
  WHERE {doc} IS NOT NULL AND ({node}.titleKey IN {doc}.titleKeys OR {node}.docNumber = {doc}.docNumber)
  WITH {node} ORDER BY {node}.loaded DESC, {node}.titleKey = {doc}.titleKeys[0] DESC, {node}.id
  RETURN {node}
}) AS {known}
WITH {reference}, coalesce({known}, {cited}) AS {target} ORDER BY {reference}.seq
WITH {reference} {.*, plan: {target}} AS {planReference}
RETURN {planReference}

// The groups spanning each plan: a loose task of that plan cannot join them.
UNWIND $planIds AS planId
MATCH (:Plan {id: planId})<-[:SPANS]-(g:LineageGroup)
RETURN planId, collect(g.id) AS groupIds

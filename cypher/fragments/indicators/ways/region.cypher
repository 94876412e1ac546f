// Query.indicators of the plans of the region and the regions inside it, when chosen (`$regionId` given).
UNWIND CASE {way} WHEN 'region' THEN [$regionId] ELSE [] END AS {regionId}
MATCH (:Region {id: {regionId}})<-[:PART_OF*0..]-(:Region)<-[:OF_REGION]-({plan}:Plan)
MATCH ({indicator}:Indicator {planId: {plan}.id})
RETURN {indicator}

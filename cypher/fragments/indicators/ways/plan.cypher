// Query.indicators of one plan, when chosen (`$planId` given).
UNWIND CASE {way} WHEN 'plan' THEN [$planId] ELSE [] END AS {planId}
MATCH ({indicator}:Indicator {planId: {planId}})
RETURN {indicator}

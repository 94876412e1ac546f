// Query.indicators through the TEXT index on concept, when chosen (`$concept` given).
UNWIND CASE {way} WHEN 'concept' THEN [true] ELSE [] END AS {byConcept}
MATCH ({indicator}:Indicator) WHERE {indicator}.concept CONTAINS $concept
RETURN {indicator}

// Query.indicators over every row, when nothing narrower is given.
UNWIND CASE {way} WHEN 'all' THEN [true] ELSE [] END AS {everyRow}
MATCH ({indicator}:Indicator)
RETURN {indicator}

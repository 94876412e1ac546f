// Query.tasks through the TEXT index on searchText, when chosen (`$text` given).
UNWIND CASE {way} WHEN 'text' THEN [true] ELSE [] END AS {byText}
MATCH ({task}:Task) WHERE {task}.searchText CONTAINS $text
RETURN {task}

// Indicator.table: stored as 'target' or 'completion'.
CASE {indicator}.table WHEN 'completion' THEN 'COMPLETION' ELSE 'TARGET' END

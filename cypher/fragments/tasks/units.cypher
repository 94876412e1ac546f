// Task.units: every department tie of the task, in printed order; a UnitAssignment is the tie itself.
MATCH (:Department)-[{unitAssignment}:LEADS|RESPONSIBLE_FOR|NAMED_AS_ACTING]->({task})
WITH {unitAssignment} ORDER BY {unitAssignment}.sourceStartOffset
RETURN {unitAssignment}

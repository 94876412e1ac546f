// Task.lead: lead units (牵头单位), in printed order.
MATCH ({unit}:Department)-[{tie}:LEADS]->({task})
WITH {unit}, {tie} ORDER BY {tie}.sourceStartOffset
RETURN {unit}

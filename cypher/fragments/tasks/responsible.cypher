// Task.responsible: responsible units (责任单位), in printed order.
MATCH ({unit}:Department)-[{tie}:RESPONSIBLE_FOR]->({task})
WITH {unit}, {tie} ORDER BY {tie}.sourceStartOffset
RETURN {unit}

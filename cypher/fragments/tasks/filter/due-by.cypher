// TaskFilter.dueBy: a deadline year at or before it
($dueBy IS NULL OR any({year} IN {task}.deadlines WHERE {year} <= $dueBy))

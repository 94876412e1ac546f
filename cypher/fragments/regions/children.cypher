// Region.children: the regions directly inside, by name.
MATCH ({region})<-[:PART_OF]-({child}:Region)
WITH {child} ORDER BY {child}.name
RETURN {child}

// Region.departments: bodies of the region, by name.
MATCH ({region})<-[:IN_REGION]-({department}:Department)
WITH {department} ORDER BY {department}.sortKey
RETURN {department}

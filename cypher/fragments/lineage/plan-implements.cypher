// Plan.implements: the documents the plan implements, surest first, as {from, to, link}.
MATCH ({plan})-[{link}:IMPLEMENTS]->({other}:Plan)
WITH {plan}, {link}, {other} ORDER BY {link}.score DESC, {other}.id
WITH {from: {plan}, to: {other}, link: {link}} AS {planLineageLink}
RETURN {planLineageLink}

// Plan.indicators: every indicator row of the plan, in table order.
MATCH ({indicator}:Indicator {planId: {plan}.id})
WITH {indicator} ORDER BY {indicator}.sortKey
RETURN {indicator}

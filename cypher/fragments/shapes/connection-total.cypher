// A connection of which only totalCount is selected: a count, no page read.
{total: COUNT { {{rows}} RETURN {node} }, page: [], limit: 0, type: {{type}}}

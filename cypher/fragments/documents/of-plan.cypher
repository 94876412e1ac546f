// Plan.document: the SourceDocument the plan was read from (none for a plan only cited).
MATCH ({plan})-[:READ_FROM]->({sourceDocument}:SourceDocument)
RETURN {sourceDocument}

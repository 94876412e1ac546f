// Query.lineageGroup
MATCH ({group}:LineageGroup {id: $id})
RETURN {group}

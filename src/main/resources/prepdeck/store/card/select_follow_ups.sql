SELECT id, parent_id
FROM cards
WHERE parent_id IN (<ids>) AND status != 'retired'
ORDER BY source_id, position

-- Every card ever imported from the given sources, retired ones too, as an import matches them
SELECT c.id, c.identity, c.kind, c.prompt, c.stem, c.answer, c.status, c.source_id, s.path AS source,
       COALESCE(t.path, '') AS topic
FROM cards c
JOIN sources s ON s.id = c.source_id
LEFT JOIN topics t ON t.id = c.topic_id
WHERE c.source_id IN (<ids>) AND c.deck_id = :deck
ORDER BY s.path, c.position

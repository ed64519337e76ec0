-- one page of the cards select_cards.sql lists, in the same order
SELECT c.id, c.prompt, c.stem, c.answer, c.kind, coalesce(t.path, '') AS topic, s.path AS source, c.line,
       c.language, c.status, c.parent_id
FROM cards c
JOIN sources s ON s.id = c.source_id
LEFT JOIN topics t ON t.id = c.topic_id
WHERE c.deck_id = :deck
  AND (:includeRetired OR c.status != 'retired')
  AND (:source IS NULL OR s.path = :source)
  AND (:topic IS NULL OR t.path = :topic OR substr(t.path, 1, length(:topic) + 3) = :topic || ' / ')
ORDER BY s.path, c.position
LIMIT :limit OFFSET :offset

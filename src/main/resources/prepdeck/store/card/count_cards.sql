-- how many cards select_cards.sql lists
SELECT count(*)
FROM cards c
JOIN sources s ON s.id = c.source_id
LEFT JOIN topics t ON t.id = c.topic_id
WHERE c.deck_id = :deck
  AND (:includeRetired OR c.status != 'retired')
  AND (:source IS NULL OR s.path = :source)
  AND (:topic IS NULL OR t.path = :topic OR substr(t.path, 1, length(:topic) + 3) = :topic || ' / ')

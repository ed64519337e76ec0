DELETE FROM card_tags
WHERE card_id IN (SELECT id FROM cards WHERE source_id = :source)

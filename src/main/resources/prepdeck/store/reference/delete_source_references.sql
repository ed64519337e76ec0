DELETE FROM card_references
WHERE card_id IN (SELECT id FROM cards WHERE source_id = :source)

SELECT card_id, tag
FROM card_tags
WHERE card_id IN (<ids>)
ORDER BY card_id, position

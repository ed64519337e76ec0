SELECT card_id, type, url, video, seconds, label, line
FROM card_references
WHERE card_id IN (<ids>)
ORDER BY card_id, position

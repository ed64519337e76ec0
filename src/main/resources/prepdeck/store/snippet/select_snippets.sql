SELECT card_id, language, code, expected_output, line
FROM snippets
WHERE card_id IN (<ids>)
ORDER BY card_id, position

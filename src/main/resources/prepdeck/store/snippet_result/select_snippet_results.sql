SELECT r.card_id, r.position, r.code, r.status, r.detail, r.line, r.isolation, r.took_ms, r.checked_at
FROM snippet_results r JOIN cards c ON c.id = r.card_id
WHERE c.deck_id = :deck
ORDER BY r.card_id, r.position

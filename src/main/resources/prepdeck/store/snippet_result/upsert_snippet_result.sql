INSERT INTO snippet_results (card_id, position, code, status, detail, line, isolation, took_ms, checked_at)
SELECT :card, :position, :code, :status, :detail, :line, :isolation, :tookMs, :checkedAt
WHERE EXISTS (SELECT 1 FROM cards WHERE id = :card AND deck_id = :deck)
ON CONFLICT (card_id, position) DO UPDATE SET code = excluded.code, status = excluded.status, detail = excluded.detail,
    line = excluded.line, isolation = excluded.isolation, took_ms = excluded.took_ms, checked_at = excluded.checked_at

SELECT id, path, root, content_hash, parser_version, removed_at IS NOT NULL AS removed
FROM sources
WHERE deck_id = :deck

SELECT id, path, content_hash, parser_version
FROM sources
WHERE deck_id = :deck

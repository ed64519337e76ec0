SELECT id, path, root, content_hash, parser_version, removed_at IS NOT NULL AS removed,
       max(imported_at, coalesce(removed_at, imported_at)) AS changed_at
FROM sources
WHERE deck_id = :deck

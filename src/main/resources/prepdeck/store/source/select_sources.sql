SELECT id, path, root, content_hash, parser_version, removed_at IS NOT NULL AS removed,
       CASE WHEN removed_at > imported_at THEN removed_at ELSE imported_at END AS changed_at
FROM sources
WHERE deck_id = :deck

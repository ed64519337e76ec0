INSERT INTO sources (deck_id, path, root, format, language, content_hash, parser_version, imported_at)
VALUES (:deck, :path, :root, :format, :language, :contentHash, :parserVersion, :now)
ON CONFLICT (deck_id, path) DO UPDATE SET
    root = excluded.root,
    format = excluded.format,
    language = excluded.language,
    content_hash = excluded.content_hash,
    parser_version = excluded.parser_version,
    imported_at = excluded.imported_at,
    removed_at = NULL
RETURNING id

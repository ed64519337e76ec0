INSERT INTO sources (deck_id, path, format, language, content_hash, parser_version, imported_at)
VALUES (:deck, :path, :format, :language, :contentHash, :parserVersion, :now)
ON CONFLICT (deck_id, path) DO UPDATE SET
    format = excluded.format,
    language = excluded.language,
    content_hash = excluded.content_hash,
    parser_version = excluded.parser_version,
    imported_at = excluded.imported_at
RETURNING id

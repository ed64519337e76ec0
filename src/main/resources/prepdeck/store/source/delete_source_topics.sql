DELETE FROM source_topics
WHERE source_id = :source

INSERT INTO source_topics (source_id, topic_id)
VALUES (:source, :topic)

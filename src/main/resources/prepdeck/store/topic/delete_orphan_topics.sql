-- A topic goes when nothing holds it: no source declares it, no card (retired ones included)
-- sits in it, and it has no subtopics. Run until it removes nothing, to climb emptied branches.
DELETE FROM topics
WHERE deck_id = :deck
  AND NOT EXISTS (SELECT 1 FROM source_topics st WHERE st.topic_id = topics.id)
  AND NOT EXISTS (SELECT 1 FROM cards c WHERE c.topic_id = topics.id)
  AND NOT EXISTS (SELECT 1 FROM topics child WHERE child.parent_id = topics.id)

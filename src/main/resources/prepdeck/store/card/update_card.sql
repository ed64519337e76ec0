-- updated_at moves only when something the user can see changed (right-hand sides read the old row)
UPDATE cards SET
    updated_at = CASE
        WHEN identity IS :identity AND source_id IS :source AND topic_id IS :topic AND parent_id IS :parent
         AND kind IS :kind AND prompt IS :prompt AND answer IS :answer AND language IS :language
         AND line IS :line AND status IS :status AND position IS :position
        THEN updated_at ELSE :now END,
    identity = :identity,
    source_id = :source,
    topic_id = :topic,
    parent_id = :parent,
    kind = :kind,
    prompt = :prompt,
    answer = :answer,
    language = :language,
    line = :line,
    status = :status,
    position = :position,
    retired_at = NULL
WHERE id = :id AND deck_id = :deck

-- updated_at moves only when something the user can see changed (right-hand sides read the old row)
UPDATE cards SET
    updated_at = CASE
        WHEN identity IS NOT DISTINCT FROM :identity AND source_id IS NOT DISTINCT FROM :source
         AND topic_id IS NOT DISTINCT FROM :topic AND parent_id IS NOT DISTINCT FROM :parent
         AND kind IS NOT DISTINCT FROM :kind AND prompt IS NOT DISTINCT FROM :prompt
         AND stem IS NOT DISTINCT FROM :stem
         AND answer IS NOT DISTINCT FROM :answer AND language IS NOT DISTINCT FROM :language
         AND line IS NOT DISTINCT FROM :line AND status IS NOT DISTINCT FROM :status
         AND position IS NOT DISTINCT FROM :position
        THEN updated_at ELSE :now END,
    identity = :identity,
    source_id = :source,
    topic_id = :topic,
    parent_id = :parent,
    kind = :kind,
    prompt = :prompt,
    stem = :stem,
    answer = :answer,
    language = :language,
    line = :line,
    status = :status,
    position = :position,
    retired_at = NULL
WHERE id = :id AND deck_id = :deck

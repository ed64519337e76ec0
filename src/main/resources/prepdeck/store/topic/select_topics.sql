SELECT t.id, t.parent_id, t.title, t.path, t.position,
       (SELECT count(*) FROM cards c WHERE c.topic_id = t.id AND c.status = 'answered') AS cards,
       (SELECT count(*) FROM cards c WHERE c.topic_id = t.id AND c.status = 'gap') AS gaps
FROM topics t
WHERE t.deck_id = :deck
ORDER BY t.position

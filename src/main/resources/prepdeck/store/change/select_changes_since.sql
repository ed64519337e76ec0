-- the sources changed after change number :since, with the number each last changed under
SELECT source_id, max(seq) AS seq
FROM deck_changes
WHERE deck_id = :deck AND seq > :since
GROUP BY source_id

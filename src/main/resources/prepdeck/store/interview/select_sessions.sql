SELECT id, started_at, finished_at, seed, question_limit, minutes, topics, language
FROM interview_sessions
WHERE user_id = :user AND deck_id = :deck
ORDER BY started_at, id

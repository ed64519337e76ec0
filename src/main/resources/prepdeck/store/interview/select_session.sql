SELECT id, started_at, finished_at, seed, question_limit, minutes, topics, language
FROM interview_sessions
WHERE id = :session AND user_id = :user AND deck_id = :deck

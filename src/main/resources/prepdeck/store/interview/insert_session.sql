INSERT INTO interview_sessions (user_id, deck_id, started_at, seed, question_limit, minutes, topics, language)
VALUES (:user, :deck, :started, :seed, :limit, :minutes, :topics, :language)

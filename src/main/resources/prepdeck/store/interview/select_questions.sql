SELECT q.session_id, q.position, q.card_id, q.main_card_id, q.follow_up, q.prompt, q.topic, q.language, q.asked_at,
       q.answered_at, q.answer, q.revealed, q.score, q.points, q.rating, q.review_id, q.skipped, q.done_at
FROM interview_questions q
JOIN interview_sessions s ON s.id = q.session_id
WHERE s.user_id = :user AND s.deck_id = :deck AND (:session IS NULL OR q.session_id = :session)
ORDER BY q.session_id, q.position

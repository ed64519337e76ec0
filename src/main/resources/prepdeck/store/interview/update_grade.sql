UPDATE interview_questions
SET rating = :rating, review_id = :review, skipped = 0, done_at = coalesce(done_at, :at)
WHERE session_id = :session AND position = :position

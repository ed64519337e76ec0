UPDATE interview_questions
SET skipped = 1, done_at = coalesce(done_at, :at)
WHERE session_id = :session AND position = :position AND rating IS NULL

UPDATE interview_questions
SET asked_at = coalesce(asked_at, :at)
WHERE session_id = :session AND position = :position

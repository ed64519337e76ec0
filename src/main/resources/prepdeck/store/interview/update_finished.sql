UPDATE interview_sessions
SET finished_at = coalesce(finished_at, :at)
WHERE id = :session AND user_id = :user

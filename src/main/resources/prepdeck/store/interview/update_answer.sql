UPDATE interview_questions
SET answer = :answer, revealed = :revealed, score = :score, points = :points, answered_at = :at
WHERE session_id = :session AND position = :position

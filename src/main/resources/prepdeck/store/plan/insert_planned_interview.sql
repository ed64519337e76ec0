INSERT INTO planned_interviews (user_id, name, day, topics, query, importance, created_at)
VALUES (:user, :name, :day, :topics, :query, :importance, :createdAt)

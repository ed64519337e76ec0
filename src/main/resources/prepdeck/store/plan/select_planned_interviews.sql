SELECT id, name, day, topics, query, importance FROM planned_interviews WHERE user_id = :user ORDER BY day, id

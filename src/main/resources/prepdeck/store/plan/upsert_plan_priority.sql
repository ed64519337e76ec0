INSERT INTO plan_priorities (user_id, kind, target, priority) VALUES (:user, :kind, :target, :priority)
ON CONFLICT (user_id, kind, target) DO UPDATE SET priority = excluded.priority

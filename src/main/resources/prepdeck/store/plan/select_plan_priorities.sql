SELECT kind, target, priority FROM plan_priorities WHERE user_id = :user ORDER BY kind, target

DELETE FROM plan_priorities WHERE user_id = :user AND kind = :kind AND target = :target

DELETE FROM planned_interviews WHERE user_id = :user AND id = :id

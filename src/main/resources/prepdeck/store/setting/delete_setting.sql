DELETE FROM settings WHERE user_id = :user AND key = :key

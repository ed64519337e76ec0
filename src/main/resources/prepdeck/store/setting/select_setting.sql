SELECT value FROM settings WHERE user_id = :user AND key = :key

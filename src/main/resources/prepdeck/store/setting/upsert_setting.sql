INSERT INTO settings (user_id, key, value) VALUES (:user, :key, :value)
ON CONFLICT (user_id, key) DO UPDATE SET value = excluded.value

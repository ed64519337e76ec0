SELECT unlocked_at FROM users WHERE id = :id

UPDATE users SET unlocked_at = :at WHERE id = :id

SELECT id, name, password_hash, is_admin FROM users WHERE id = :id

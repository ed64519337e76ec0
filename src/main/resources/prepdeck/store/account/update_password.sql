UPDATE users SET password_hash = :hash WHERE id = :id

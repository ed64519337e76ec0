INSERT INTO users (name, password_hash, is_admin, created_at) VALUES (:name, :hash, :admin, :at)

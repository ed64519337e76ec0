INSERT INTO paired_devices (id, name, token_digest, paired_at, last_seen) VALUES (:id, :name, :digest, :at, :at)

SELECT id, name, paired_at, last_seen FROM paired_devices WHERE token_digest = :digest

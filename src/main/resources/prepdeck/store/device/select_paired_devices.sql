SELECT id, name, paired_at, last_seen FROM paired_devices ORDER BY paired_at, id

UPDATE paired_devices SET last_seen = :at WHERE id = :id

UPDATE sessions SET last_seen_at = :at WHERE token_hash = :token_hash

UPDATE sessions SET deck_id = :deck WHERE token_hash = :token_hash

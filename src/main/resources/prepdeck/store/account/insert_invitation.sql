INSERT INTO invitations (code_hash, created_by, deck_id, created_at, expires_at) VALUES (:code_hash, :by, :deck, :at, :expires)

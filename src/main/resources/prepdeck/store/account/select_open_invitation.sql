SELECT deck_id FROM invitations WHERE code_hash = :code_hash AND used_by IS NULL AND expires_at > :now

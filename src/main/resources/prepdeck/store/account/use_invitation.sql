-- only an unused, unexpired invitation is taken: of two sign-ups racing for one code, one updates a row
UPDATE invitations SET used_by = :user, used_at = :now WHERE code_hash = :code_hash AND used_by IS NULL AND expires_at > :now

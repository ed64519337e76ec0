-- accounts that can log in: single-user mode's "local" has no password
SELECT count(*) FROM users WHERE password_hash IS NOT NULL

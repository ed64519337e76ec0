-- prepdeck schema, version 8: when an operator last lifted an account's login throttle ('prepdeck user unlock NAME').
-- Every server instance forgets the account's failed logins up to that moment the next time it would refuse it.
-- Written in SQL both SQLite and PostgreSQL take (times are ISO-8601 text, as elsewhere).
ALTER TABLE users ADD COLUMN unlocked_at TEXT;

-- one writer at a time per user, until the transaction ends: answers, undos and settings of one person
-- are read-then-written, as on SQLite, where every writer goes one at a time
SELECT pg_advisory_xact_lock(1, CAST(:user AS integer))

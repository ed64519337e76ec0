-- one import at a time per deck, until the transaction ends: an import reads the deck's sources and cards
-- and then writes what changed, which is only right when no other import writes in between
SELECT pg_advisory_xact_lock(2, CAST(:deck AS integer))

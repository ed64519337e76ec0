INSERT INTO deck_changes (deck_id, seq, source_id, changed_at) VALUES (:deck, :seq, :source, :now)
ON CONFLICT (deck_id, seq, source_id) DO NOTHING

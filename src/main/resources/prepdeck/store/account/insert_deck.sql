INSERT INTO decks (owner_id, name, shared, created_at) VALUES (:owner, :name, :shared, :at)

INSERT INTO deck_members (deck_id, user_id, role) VALUES (:deck, :user, :role)
ON CONFLICT (deck_id, user_id) DO UPDATE SET role = excluded.role

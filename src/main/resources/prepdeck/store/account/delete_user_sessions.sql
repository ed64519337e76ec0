-- every session of the user but the one kept (the empty string keeps none: no hash is empty)
DELETE FROM sessions WHERE user_id = :user AND token_hash <> :keep

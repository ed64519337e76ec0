INSERT INTO review_undos (user_id, review_id, undone_at) VALUES (:user, :review, :undoneAt)

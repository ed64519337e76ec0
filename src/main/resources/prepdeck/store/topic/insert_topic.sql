INSERT INTO topics (deck_id, parent_id, title, path, position)
VALUES (:deck, :parent, :title, :path, :position)
RETURNING id

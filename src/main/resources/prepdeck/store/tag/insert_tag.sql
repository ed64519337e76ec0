INSERT INTO card_tags (card_id, position, tag)
VALUES (:card, :position, :tag)

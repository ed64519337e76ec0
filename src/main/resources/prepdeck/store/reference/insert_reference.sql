INSERT INTO card_references (card_id, position, type, url, video, seconds, label, line)
VALUES (:card, :position, :type, :url, :video, :seconds, :label, :line)

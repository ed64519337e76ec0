INSERT INTO snippets (card_id, position, language, code, expected_output, line)
VALUES (:card, :position, :language, :code, :expectedOutput, :line)

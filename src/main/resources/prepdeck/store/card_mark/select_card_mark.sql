SELECT card_id, suspended, buried_until_ms, flagged FROM card_marks WHERE user_id = :user AND card_id = :card

DELETE FROM card_states WHERE user_id = :user AND card_id = :card

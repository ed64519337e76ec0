SELECT count(*) FROM card_states WHERE user_id = :user AND introduced_ms >= :since

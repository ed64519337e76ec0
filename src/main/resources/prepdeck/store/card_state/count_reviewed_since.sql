SELECT count(*) FROM card_states WHERE user_id = :user AND last_review_ms >= :since

SELECT
    (SELECT count(*) FROM sources WHERE deck_id = :deck AND removed_at IS NULL) AS sources,
    (SELECT count(*) FROM topics WHERE deck_id = :deck) AS topics,
    (SELECT count(*) FROM cards WHERE deck_id = :deck AND status = 'answered') AS cards,
    (SELECT count(*) FROM cards WHERE deck_id = :deck AND status = 'gap') AS gaps,
    (SELECT count(*) FROM snippets s JOIN cards c ON c.id = s.card_id
      WHERE c.deck_id = :deck AND c.status != 'retired') AS snippets,
    (SELECT count(*) FROM reviews r JOIN cards c ON c.id = r.card_id
      WHERE r.user_id = :user AND c.deck_id = :deck
        AND NOT EXISTS (SELECT 1 FROM review_undos u WHERE u.review_id = r.id)) AS reviews,
    (SELECT count(*) FROM cards WHERE deck_id = :deck AND status = 'retired') AS retired

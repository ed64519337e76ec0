-- the deck's next change number, taken by the transaction that writes it
UPDATE decks SET change_seq = change_seq + 1 WHERE id = :deck RETURNING change_seq

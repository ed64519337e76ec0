SELECT change_seq FROM decks WHERE id = :deck

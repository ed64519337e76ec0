-- the ids the next :count new cards get, from the cards table's identity sequence: concurrent writers
-- (several app instances, several decks) never get the same id, and the order is the order of asking
SELECT nextval(pg_get_serial_sequence('cards', 'id'))
FROM generate_series(1, :count)

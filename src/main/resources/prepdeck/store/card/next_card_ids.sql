-- the ids the next :count new cards get, in order: one past the largest id of any deck
-- (SQLite's writers hold the database's write lock, so no other transaction takes them meanwhile)
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :count)
SELECT (SELECT coalesce(max(id), 0) FROM cards) + i
FROM n
ORDER BY i

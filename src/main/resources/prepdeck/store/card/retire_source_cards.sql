UPDATE cards
SET status = 'retired', retired_at = :now, updated_at = :now
WHERE source_id = :source AND deck_id = :deck AND status != 'retired'

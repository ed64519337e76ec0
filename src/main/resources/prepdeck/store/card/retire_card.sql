UPDATE cards
SET status = 'retired', retired_at = :now, updated_at = :now
WHERE id = :id AND deck_id = :deck AND status != 'retired'

SELECT EXISTS (SELECT 1 FROM topics WHERE deck_id = :deck AND path = :path)

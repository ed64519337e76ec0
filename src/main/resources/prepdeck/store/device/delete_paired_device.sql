DELETE FROM paired_devices WHERE id = :id

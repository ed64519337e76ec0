-- every migration Flyway applied successfully
SELECT version
FROM flyway_schema_history
WHERE success AND version IS NOT NULL

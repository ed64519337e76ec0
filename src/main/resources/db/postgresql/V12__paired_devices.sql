-- Devices paired with a laptop that serves on the local network (serve --lan, issue 20): a phone that opened
-- a one-time pairing link holds a device token in a cookie; only the token's SHA-256 digest is kept here, so a
-- copy of the database pairs nobody. Revoking a device deletes its row.
CREATE TABLE paired_devices (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    token_digest TEXT NOT NULL UNIQUE,
    paired_at    TEXT NOT NULL,
    last_seen    TEXT NOT NULL
);

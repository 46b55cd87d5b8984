-- DSPT Desk schema 9: end-of-support dates added from a file, for the devices
-- register. A file is kept as it was given (TOML text), so that it travels
-- with backups; its entries take the place of the built-in ones of the same
-- system name, later files over earlier ones. Adding a file with the same
-- name again replaces it.

CREATE TABLE support_files (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    file_name TEXT NOT NULL UNIQUE CHECK (file_name <> ''),
    added_at  TEXT NOT NULL,
    content   TEXT NOT NULL CHECK (content <> '')
);

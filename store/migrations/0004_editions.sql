-- DSPT Desk schema 4: toolkit editions added from a file, and the manager's
-- comparisons of question wording with the live toolkit.

-- An edition added from a file, kept as the file was given (TOML text), so
-- that it travels with backups and exports. One row per toolkit year: a
-- higher revision replaces the row.
CREATE TABLE editions (
    edition   TEXT PRIMARY KEY,
    revision  INTEGER NOT NULL CHECK (revision >= 1),
    file_name TEXT NOT NULL,
    added_at  TEXT NOT NULL,
    content   TEXT NOT NULL CHECK (content <> '')
);

-- Whether a question's wording matches the live toolkit, per assessment
-- (that is, per organisation and edition). live_wording and live_ref are
-- kept when it differs.
CREATE TABLE wording_checks (
    assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    ref           TEXT NOT NULL,
    state         TEXT NOT NULL CHECK (state IN ('matches', 'differs')),
    live_wording  TEXT NOT NULL DEFAULT '',
    live_ref      TEXT NOT NULL DEFAULT '',
    checked_at    TEXT NOT NULL,
    PRIMARY KEY (assessment_id, ref),
    CHECK ((state = 'differs') = (live_wording <> ''))
);

-- DSPT Desk schema 1: the profile, assessments, answers, evidence and actions.
-- Dates are TEXT 'YYYY-MM-DD' (NULL when not set); times are RFC 3339 UTC TEXT.
-- Booleans are INTEGER 0 or 1. The schema version is PRAGMA user_version.

PRAGMA application_id = 1146310740; -- 0x44535054, "DSPT": marks a DSPT Desk file

CREATE TABLE schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
);

-- The organisation profile: always exactly one row.
CREATE TABLE profile (
    id                   INTEGER PRIMARY KEY CHECK (id = 1),
    name                 TEXT NOT NULL DEFAULT '',
    ods_code             TEXT NOT NULL DEFAULT '',
    ico_number           TEXT NOT NULL DEFAULT '',
    cqc_location_id      TEXT NOT NULL DEFAULT '',
    registered_manager   TEXT NOT NULL DEFAULT '',
    security_lead        TEXT NOT NULL DEFAULT '',
    ce_number            TEXT NOT NULL DEFAULT '',
    ce_expiry            TEXT CHECK (date(ce_expiry) IS ce_expiry),
    ce_plus_number       TEXT NOT NULL DEFAULT '',
    ce_plus_expiry       TEXT CHECK (date(ce_plus_expiry) IS ce_plus_expiry),
    -- 'none' when the organisation has never published; else AS, SM or SE.
    last_published_level TEXT NOT NULL DEFAULT 'none' CHECK (last_published_level IN ('none', 'AS', 'SM', 'SE')),
    last_published_on    TEXT CHECK (date(last_published_on) IS last_published_on)
);
INSERT INTO profile (id) VALUES (1);

-- One assessment per edition (toolkit year). A published one is locked.
CREATE TABLE assessments (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    edition         TEXT NOT NULL UNIQUE,
    year            INTEGER NOT NULL CHECK (year = CAST(substr(edition, 1, 4) AS INTEGER)),
    state           TEXT NOT NULL DEFAULT 'in_progress' CHECK (state IN ('in_progress', 'published')),
    published_on    TEXT CHECK (date(published_on) IS published_on),
    published_level TEXT CHECK (published_level IN ('AS', 'SM', 'SE')),
    created_at      TEXT NOT NULL,
    CHECK ((state = 'published') = (published_on IS NOT NULL AND published_level IS NOT NULL))
);

-- The current answer to each item.
CREATE TABLE answers (
    assessment_id  INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    ref            TEXT NOT NULL,
    value          TEXT NOT NULL DEFAULT '',
    not_applicable INTEGER NOT NULL DEFAULT 0 CHECK (not_applicable IN (0, 1)),
    comment        TEXT NOT NULL DEFAULT '',
    needs_review   INTEGER NOT NULL DEFAULT 0 CHECK (needs_review IN (0, 1)),
    updated_at     TEXT NOT NULL,
    PRIMARY KEY (assessment_id, ref)
);

-- Where each piece of evidence is kept. The file_ columns are the file's
-- fingerprint when it was added, NULL when none was taken.
CREATE TABLE evidence (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    ref           TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('file', 'folder', 'paper', 'link', 'text')),
    location      TEXT NOT NULL CHECK (location <> ''),
    note          TEXT NOT NULL DEFAULT '',
    added_at      TEXT NOT NULL,
    file_size     INTEGER CHECK (file_size >= 0),
    file_modified TEXT,
    file_sha256   TEXT CHECK (length(file_sha256) = 64),
    UNIQUE (assessment_id, ref, kind, location)
);

-- The action plan. ref is '' for an action that is not about one item.
CREATE TABLE actions (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    ref           TEXT NOT NULL DEFAULT '',
    gap           TEXT NOT NULL DEFAULT '',
    action        TEXT NOT NULL DEFAULT '',
    owner         TEXT NOT NULL DEFAULT '',
    target_date   TEXT CHECK (date(target_date) IS target_date),
    status        TEXT NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started', 'in_progress', 'done')),
    done_date     TEXT CHECK (date(done_date) IS done_date),
    notes         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX actions_by_assessment ON actions (assessment_id);

-- DSPT Desk schema 8: the registers (staff and training, breaches and near
-- misses, spot checks, devices and software, suppliers, information and
-- sharing, top risks). Every table of every register shares one shape: a
-- row is a JSON object of its fields by key, checked by the app against the
-- register's schema (assessment/register). Its changes are kept as answers'
-- are, one history row per changed field, append-only.

CREATE TABLE register_rows (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    register      TEXT NOT NULL CHECK (register <> ''),
    fields        TEXT NOT NULL CHECK (json_valid(fields) AND json_type(fields) = 'object'),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX register_rows_by_table ON register_rows (assessment_id, register, id);

CREATE TABLE register_history (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    register      TEXT NOT NULL,
    row_id        INTEGER NOT NULL,
    field         TEXT NOT NULL,
    old           TEXT NOT NULL,
    new           TEXT NOT NULL,
    at            TEXT NOT NULL
);
CREATE INDEX register_history_by_row ON register_history (assessment_id, row_id, id);

CREATE TRIGGER register_history_no_update BEFORE UPDATE ON register_history
BEGIN
    SELECT RAISE(ABORT, 'register_history is append-only');
END;
CREATE TRIGGER register_history_no_delete BEFORE DELETE ON register_history
WHEN EXISTS (SELECT 1 FROM assessments WHERE id = OLD.assessment_id)
BEGIN
    SELECT RAISE(ABORT, 'register_history is append-only');
END;

-- Register settings, such as whether agency staff count towards the
-- training figure; value is 'yes' or 'no'.
CREATE TABLE register_settings (
    assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    key           TEXT NOT NULL,
    value         TEXT NOT NULL CHECK (value IN ('yes', 'no')),
    PRIMARY KEY (assessment_id, key)
);
